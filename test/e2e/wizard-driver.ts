import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface WizardInput {
  address: string;
  port: number;
  password?: string;
}

export interface ToSignInInput {
  /** The account kind's radio, by its visible name. */
  kind: RegExp;
  address: string;
  port: number;
  /** What the background domain check says before Enter is pressed (none for a personal domain). */
  domainSays?: string;
  server: string;
}

/** Account type → address → settings (port changed under Advanced) → the sign-in step. */
export async function toSignInStep(page: Page, input: ToSignInInput, onStep?: (step: string) => Promise<void>): Promise<void> {
  await onStep?.('1-account');
  await page.getByRole('radio', { name: input.kind }).check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'What is your email address?' })).toBeFocused();
  await page.getByLabel('Email address', { exact: true }).fill(input.address);
  if (input.domainSays) await expect(page.getByTestId('domain-check')).toContainText(input.domainSays);
  await onStep?.('2-address');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Recommended settings' })).toBeFocused();
  await expect(page.getByText(input.server)).toBeVisible();
  await page.getByRole('button', { name: 'Change these settings' }).click();
  await page.getByLabel('Port', { exact: true }).fill(String(input.port));
  await onStep?.('3-settings');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How do you sign in?' })).toBeFocused();
}

/** The Microsoft 365 journey with a password (or none), ready to test. */
export async function fillWizard(page: Page, input: WizardInput, onStep?: (step: string) => Promise<void>): Promise<void> {
  await toSignInStep(page, { kind: /Microsoft 365 work or school/, address: input.address, port: input.port, domainSays: 'uses Microsoft 365', server: 'smtp.office365.com' }, onStep);
  // Sign in with Microsoft comes first for Microsoft 365; these journeys test the password.
  if (input.password !== undefined) {
    await page.getByRole('radio', { name: /With my password/ }).check();
    await page.getByLabel('Password', { exact: true }).fill(input.password);
  } else await page.getByRole('radio', { name: /Test without signing in/ }).check();
  await onStep?.('4-signin');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Test the settings' })).toBeFocused();
}
