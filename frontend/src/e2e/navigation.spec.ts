import { expect, test } from '@playwright/test';
import { expectAccessible, mainNav, newPhysician, organizer, signIn, signUp } from './support';

test('an organizer sees the Organizer section and, after signing in, lands where they were going', async ({
  page,
}) => {
  await page.goto('/organizer');
  await signIn(page, organizer);

  await expect(page).toHaveURL(/\/organizer$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Organizer' })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'Organizer' })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'Home' })).toBeVisible();
  await expectAccessible(page);
});

test('an attendee has no Organizer section and is kindly refused the organizer page', async ({ page }) => {
  await signUp(page, newPhysician('attendee'));
  await expect(mainNav(page).getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'Organizer' })).toHaveCount(0);

  await page.goto('/organizer');

  await expect(page.getByRole('heading', { level: 1, name: 'This page is not available to you' })).toBeVisible();
  await expect(page).toHaveTitle('Not allowed · Rounds');
  await expectAccessible(page);
});

test('an unknown address shows a friendly page-not-found', async ({ page }) => {
  await page.goto('/no-such-page');

  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to home' })).toBeVisible();
  await expectAccessible(page);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the navigation folds behind a Menu button', async ({ page }) => {
    await signUp(page, newPhysician('phone'));
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(mainNav(page)).toBeHidden();

    await menu.click();

    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(mainNav(page).getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(mainNav(page).getByRole('button', { name: 'Sign out' })).toBeVisible();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(360);
    await expectAccessible(page);
  });
});
