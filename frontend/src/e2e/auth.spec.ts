import { expect, test } from '@playwright/test';
import { newPhysician, signIn, signUp, welcomeHeading } from './support';

test('a new physician signs up, signs out, signs back in and stays signed in across a reload', async ({ page }) => {
  const person = newPhysician('journey');

  await signUp(page, person);
  await expect(page.getByRole('banner')).toContainText(person.displayName);
  // The account card comes from GET /me with the bearer token.
  await expect(page.getByRole('region', { name: 'Your account' })).toContainText(person.email);
  // The access token lives in memory only.
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toHaveText('You have signed out.');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  await signIn(page, person);
  await expect(welcomeHeading(page, person.displayName)).toBeVisible();
  await expect(page).toHaveTitle('Home · Rounds');

  await page.reload();
  await expect(welcomeHeading(page, person.displayName)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your account' })).toContainText(person.email);
});

test('wrong credentials are refused with a message and no hint which one was wrong', async ({ page }) => {
  const person = newPhysician('wrong');
  await page.goto('/login');

  await signIn(page, { email: person.email, password: person.password });

  await expect(page.getByRole('alert')).toContainText('Email or password is incorrect.');
});
