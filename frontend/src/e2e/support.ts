import { expect, type Page } from '@playwright/test';

export interface Person {
  displayName: string;
  email: string;
  password: string;
}

/** A physician no earlier run has used, so specs can sign up against a long-lived database. */
export function newPhysician(label: string): Person {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return {
    displayName: `Dr. E2E ${label} ${unique}`,
    email: `e2e-${label}-${unique}@rounds.test`,
    password: `correct horse ${unique}`,
  };
}

export const organizer = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@rounds.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'rounds-admin-password',
};

export async function signUp(page: Page, person: Person): Promise<void> {
  await page.goto('/signup');
  await page.getByRole('textbox', { name: 'Full name' }).fill(person.displayName);
  await page.getByRole('textbox', { name: 'Email' }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(welcomeHeading(page, person.displayName)).toBeVisible();
}

/** Fills and sends the sign-in form on the page already showing it. */
export async function signIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Email' }).fill(credentials.email);
  await page.getByLabel('Password', { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export function welcomeHeading(page: Page, displayName?: string) {
  return page.getByRole('heading', { level: 1, name: displayName ? `Welcome, ${displayName}` : /^Welcome, / });
}

export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}
