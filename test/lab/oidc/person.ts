/**
 * The person at the lab provider's own pages (pages.ts), for every test that signs in
 * through a real browser: the sign-in and consent pages, and the device-code pages.
 */
import type { Page } from 'playwright-core';
import type { LabUser } from './interactions';

/** Completes the lab's sign-in and consent pages in `page` as `user`. */
export async function signInOnPage(page: Page, user: LabUser): Promise<void> {
  await page.getByLabel('Email address').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
}

/** On another device: opens the verification page, types the code, confirms and signs in. */
export async function enterDeviceCode(page: Page, verificationUri: string, userCode: string, user: LabUser): Promise<void> {
  await page.goto(verificationUri);
  await page.locator('input[name="user_code"]').fill(userCode);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await signInOnPage(page, user);
  await page.getByText('You are signed in').waitFor();
}
