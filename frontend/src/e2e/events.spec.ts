import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible, newPhysician, organizer, signIn, signUp } from './support';

/** A datetime-local value some days from now, at a given hour. */
function daysAhead(days: number, hour: number): string {
  const at = new Date();
  at.setDate(at.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(hour)}:30`;
}

async function newPage(browser: Browser): Promise<Page> {
  // Each person in their own browser context: their own refresh cookie, as on their own phone.
  const context = await browser.newContext();
  return context.newPage();
}

async function createAndPublish(page: Page, title: string): Promise<void> {
  await page.goto('/organizer/events/new');
  await signIn(page, organizer);
  await expect(page.getByRole('heading', { level: 1, name: 'New event' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('textbox', { name: 'City', exact: true }).fill('Baltimore');
  await page.getByRole('textbox', { name: 'Venue', exact: true }).fill('Harbor Room');
  await page.getByRole('textbox', { name: 'Venue address' }).fill('100 Light St, Baltimore, MD');
  await page.getByRole('combobox', { name: 'Time zone' }).selectOption('America/New_York');
  await page.getByLabel('Starts').fill(daysAhead(30, 18));
  await page.getByLabel('Ends').fill(daysAhead(30, 21));
  await page.getByRole('textbox', { name: 'Capacity' }).fill('25');
  await page.getByRole('button', { name: 'Save draft' }).click();

  await expect(page.getByText('Draft saved')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Publish' }).click();
  await page
    .getByRole('dialog', { name: 'Publish this event?' })
    .getByRole('button', { name: 'Publish event' })
    .click();
  await expect(page.getByText('The event is published. Attendees can find it and register.')).toBeVisible();
  await expectAccessible(page);
}

test('an organizer publishes an event, a physician registers and gets a QR ticket, the door checks them in', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const title = `E2E Referral Evening ${unique}`;
  const attendee = newPhysician('door');

  const organizerPage = await newPage(browser);
  await createAndPublish(organizerPage, title);

  // The attendee finds the event by searching, registers and sees the ticket.
  const attendeePage = await newPage(browser);
  await signUp(attendeePage, attendee);
  await attendeePage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  await attendeePage.getByRole('searchbox', { name: 'Search' }).fill(unique);
  await attendeePage.getByRole('button', { name: 'Search' }).click();
  await expect(attendeePage.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(attendeePage);
  await attendeePage.getByRole('link', { name: title }).click();
  await expect(attendeePage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(attendeePage.getByText('25 of 25 seats left')).toBeVisible();
  await expectAccessible(attendeePage);
  await attendeePage.getByRole('button', { name: 'Register' }).click();
  await expect(attendeePage.getByText('You’re registered')).toBeVisible();
  await expectAccessible(attendeePage);

  await attendeePage.getByRole('link', { name: 'My tickets' }).first().click();
  await expect(attendeePage.getByRole('heading', { level: 1, name: 'My tickets' })).toBeVisible();
  const qr = attendeePage.getByRole('img', { name: `Door ticket QR code for ${title}` });
  await expect(qr).toBeVisible();
  expect((await qr.boundingBox())?.width).toBeGreaterThanOrEqual(200);
  await expectAccessible(attendeePage);

  // At the door, on a phone: the camera is no use headless, so by name.
  await organizerPage.setViewportSize({ width: 360, height: 740 });
  await organizerPage.getByRole('link', { name: 'Door check-in' }).click();
  await expect(organizerPage.getByRole('heading', { level: 1, name: 'Door check-in' })).toBeVisible();
  await expectAccessible(organizerPage);
  // Part of the name, as a door volunteer would type it.
  await organizerPage.getByRole('searchbox', { name: 'Name' }).fill(attendee.displayName.split(' ').pop() ?? '');
  const checkIn = organizerPage.getByRole('button', { name: `Check in ${attendee.displayName}` });
  await checkIn.click();
  const result = organizerPage.getByRole('status', { name: 'Check-in result' });
  await expect(result).toContainText(`Checked in: ${attendee.displayName}`);
  const pageWidth = await organizerPage.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(360);
  await expectAccessible(organizerPage);

  await checkIn.click();
  await expect(result).toContainText(`Already checked in: ${attendee.displayName}`);

  // The attendee's ticket now says so.
  await attendeePage.reload();
  await expect(attendeePage.getByText('You’re checked in')).toBeVisible();
});

test('the event list, an event and the tickets fit a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signUp(page, newPhysician('phone-events'));

  for (const path of ['/events', '/tickets', '/profile']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, path).toBeLessThanOrEqual(360);
    await expectAccessible(page);
  }
});
