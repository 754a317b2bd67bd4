import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface WizardInput {
  address: string;
  port: number;
  password?: string;
}

/** Account type → address → settings (port changed under Advanced) → sign-in, ready to test. */
export async function fillWizard(page: Page, input: WizardInput, onStep?: (step: string) => Promise<void>): Promise<void> {
  await onStep?.('1-account');
  await page.getByRole('radio', { name: /Microsoft 365 work or school/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'What is your email address?' })).toBeFocused();
  await page.getByLabel('Email address', { exact: true }).fill(input.address);
  await expect(page.getByTestId('domain-check')).toContainText('uses Microsoft 365');
  await onStep?.('2-address');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Recommended settings' })).toBeFocused();
  await expect(page.getByText('smtp.office365.com')).toBeVisible();
  await page.getByRole('button', { name: 'Change these settings' }).click();
  await page.getByLabel('Port', { exact: true }).fill(String(input.port));
  await onStep?.('3-settings');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'How do you sign in?' })).toBeFocused();
  if (input.password !== undefined) await page.getByLabel('Password', { exact: true }).fill(input.password);
  else await page.getByRole('radio', { name: /Test without signing in/ }).check();
  await onStep?.('4-signin');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Test the settings' })).toBeFocused();
}
