import { expect, test } from '@playwright/test';
import { CONFIRMATION_SUBJECT, expectAccessible, mailedLink, newPhysician, signIn, signUp, signUpThroughApi, signUpUnconfirmed, welcomeHeading } from './support';

test('a new physician signs up, signs out, signs back in and stays signed in across a reload', async ({ page }) => {
  const person = newPhysician('journey');

  await signUp(page, person);
  await expect(page.getByRole('banner')).toContainText(person.displayName);
  // The account card comes from GET /me with the bearer token.
  await expect(page.getByRole('region', { name: 'Your account' })).toContainText(person.email);
  await expectAccessible(page);
  // The access token lives in memory only.
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You have signed out.' })).toBeVisible();
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
  await expectAccessible(page);
});

test('a new physician confirms the address from the mail, and the banner goes', async ({ page }) => {
  const person = newPhysician('confirm');
  await page.setViewportSize({ width: 360, height: 740 });

  await signUpUnconfirmed(page, person);
  const banner = page.getByRole('region', { name: 'Confirm your email address' });
  await expect(banner).toContainText(person.email);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page);

  // The link of the confirmation mail in the dev Mailbox confirms the address.
  await page.goto(await mailedLink(page.request, person.email, CONFIRMATION_SUBJECT, '/verify-email'));
  await expect(page.getByText('Your address is confirmed')).toBeVisible();
  await expect(banner).toBeHidden();
  await expectAccessible(page);
  // Reloading the landing page does not spend the used link again.
  await page.reload();
  await expect(page.getByText('Your address is confirmed')).toBeVisible();
  await expect(banner).toBeHidden();
});

test('a physician who forgot the password gets a link by mail, sets a new one and signs in with it', async ({
  page,
  request,
}) => {
  const person = newPhysician('forgot');
  await signUpThroughApi(request, person);
  const newPassword = `${person.password} anew`;

  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: 'Email' }).fill(person.email);
  await page.getByRole('button', { name: 'Send me a reset link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'If an account uses this address' })).toBeVisible();

  await page.goto(await mailedLink(request, person.email, 'Reset your Rounds password', '/reset-password'));
  await expect(page.getByLabel('New password', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('New password again').fill(newPassword);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your new password is set' })).toBeVisible();

  await signIn(page, { email: person.email, password: person.password });
  await expect(page.getByRole('alert')).toContainText('Email or password is incorrect.');
  await page.getByLabel('Password', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(welcomeHeading(page, person.displayName)).toBeVisible();
  await expectAccessible(page);
});
