import { readFile } from 'node:fs/promises';
import { type APIRequestContext, type Browser, expect, type Page, request, test } from '@playwright/test';
import {
  bearer,
  call,
  daysAheadUtc,
  expectAccessible,
  newPhysician,
  organizer,
  type Person,
  signIn,
  signUpThroughApi,
} from './support';

interface Profile {
  fullName: string;
  credentials: string[];
  specialtyCode: string;
  city: string;
  wantsReferred: string[];
  refersOut: string[];
  cellNumber?: string;
}

/** Signs a physician up, fills their profile and takes a seat at the event, all through the API. */
async function attendeeAt(api: APIRequestContext, eventId: string, person: Person, profile: Profile): Promise<void> {
  const { token } = await signUpThroughApi(api, person);
  await call(api, token, 'PUT', '/api/v1/me/profile', {
    ...profile,
    doesNotTake: [],
    visibility: { email: 'CONNECTIONS', cellNumber: 'CONNECTIONS', linkedinUrl: 'CONNECTIONS', websiteUrl: 'CONNECTIONS' },
    cellSharingDefault: 'ASK',
  });
  await call(api, token, 'POST', `/api/v1/events/${eventId}/registrations`);
}

async function signedIn(browser: Browser, person: Person, path: string): Promise<Page> {
  // Each physician in their own browser context, as on their own phone.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(path);
  await signIn(page, person);
  return page;
}

test('a request, acceptance with cell consent, the vCard, a private note and a QR connection', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const api = await request.newContext({ baseURL });

  // The organizer creates and publishes an event; three physicians register with profiles.
  const organizerToken = await bearer(api, organizer);
  const event = await call(api, organizerToken, 'POST', '/api/v1/events', {
    title: `E2E Eye Evening ${unique}`,
    city: 'Baltimore',
    venueName: 'Harbor Room',
    venueAddress: '100 Light St, Baltimore, MD',
    timeZone: 'America/New_York',
    startsAt: daysAheadUtc(20, 22),
    endsAt: daysAheadUtc(21, 1),
    capacity: 30,
  });
  await call(api, organizerToken, 'POST', `/api/v1/events/${event.id}/publish`);

  const asker = newPhysician('asker');
  const colleague = newPhysician('colleague');
  const scanner = newPhysician('scanner');
  const cell = '+14105550123';
  await attendeeAt(api, event.id, asker, {
    fullName: asker.displayName,
    credentials: ['MD'],
    specialtyCode: '207W00000X',
    city: 'Baltimore',
    wantsReferred: ['cataract surgery'],
    refersOut: [],
  });
  await attendeeAt(api, event.id, colleague, {
    fullName: colleague.displayName,
    credentials: ['OD'],
    specialtyCode: '152W00000X',
    city: 'Baltimore',
    wantsReferred: [],
    refersOut: ['cataract surgery'],
    cellNumber: cell,
  });
  await attendeeAt(api, event.id, scanner, {
    fullName: scanner.displayName,
    credentials: ['MD'],
    specialtyCode: '207W00000X',
    city: 'Boston',
    wantsReferred: [],
    refersOut: [],
  });
  await api.dispose();

  // At the event, on a phone: the asker finds the colleague in "Whom to meet" and asks, with a reason.
  const askerPage = await signedIn(browser, asker, `/events/${event.id}/meet`);
  await expect(askerPage.getByRole('heading', { level: 1, name: 'Whom to meet' })).toBeVisible();
  await expect(askerPage.getByText('5 of 5 requests left at this event')).toBeVisible();
  await expectAccessible(askerPage);
  const suggestion = askerPage.getByRole('article', { name: colleague.displayName });
  await expect(suggestion.getByText(/cataract surgery/).first()).toBeVisible();
  await suggestion.getByRole('button', { name: `Ask for an introduction to ${colleague.displayName}` }).click();
  await suggestion.getByRole('textbox', { name: 'Why do you want to meet?' }).fill('I take the cataract cases you refer out');
  await suggestion.getByRole('button', { name: 'Send request' }).click();
  await expect(suggestion.getByText('Request sent')).toBeVisible();
  await expect(askerPage.getByText('4 of 5 requests left at this event')).toBeVisible();
  expect(await askerPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(askerPage);

  // The colleague accepts and, asked right away, shares their cell number.
  const colleaguePage = await signedIn(browser, colleague, '/introductions');
  const introduction = colleaguePage.getByRole('article', { name: `Introduction: ${asker.displayName}` });
  await expect(introduction.getByText('I take the cataract cases you refer out')).toBeVisible();
  await expectAccessible(colleaguePage);
  await introduction.getByRole('button', { name: 'Accept' }).click();
  const question = colleaguePage.getByRole('dialog', { name: `Share your cell number with ${asker.displayName}?` });
  await expect(question).toBeVisible();
  await expectAccessible(colleaguePage);
  await question.getByRole('button', { name: 'Share my cell number' }).click();
  await expect(question).toBeHidden();
  await expect(introduction.getByText('Accepted')).toBeVisible();

  // The asker sees the number on the connection page and saves the contact card.
  await askerPage.goto('/connections');
  await expect(askerPage.getByRole('link', { name: `${colleague.displayName}, OD` })).toBeVisible();
  await expectAccessible(askerPage);
  await askerPage.getByRole('link', { name: `${colleague.displayName}, OD` }).click();
  await expect(askerPage.getByRole('heading', { level: 1, name: `${colleague.displayName}, OD` })).toBeVisible();
  await expect(askerPage.getByRole('link', { name: cell })).toBeVisible();
  await expectAccessible(askerPage);
  const download = askerPage.waitForEvent('download');
  await askerPage.getByRole('button', { name: 'Add to contacts' }).click();
  const card = await download;
  expect(card.suggestedFilename()).toMatch(/\.vcf$/);
  const vcard = await readFile(await card.path(), 'utf8');
  expect(vcard).toContain('BEGIN:VCARD');
  expect(vcard).toContain(colleague.displayName);
  expect(vcard).toContain(cell);

  // A private note: saved and shown to its author, never to the colleague.
  await expect(askerPage.getByText('Only you will ever see these notes')).toBeVisible();
  await askerPage.getByRole('textbox', { name: 'New note' }).fill('Wants cataract referrals; call after the 15th');
  await askerPage.getByRole('button', { name: 'Save note' }).click();
  await expect(askerPage.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();
  await expect(askerPage.getByRole('list', { name: 'Your notes' })).toContainText(
    'Wants cataract referrals; call after the 15th',
  );
  await askerPage.reload();
  await expect(askerPage.getByRole('list', { name: 'Your notes' })).toContainText('call after the 15th');

  await colleaguePage.goto('/connections');
  await colleaguePage.getByRole('link', { name: `${asker.displayName}, MD` }).click();
  await expect(colleaguePage.getByText('No notes yet.')).toBeVisible();
  await expectAccessible(colleaguePage);
  await expect(colleaguePage.getByText('call after the 15th')).toHaveCount(0);

  // A QR connection: the scanner shows their code; with no camera headless, the asker types it.
  const scannerPage = await signedIn(browser, scanner, `/events/${event.id}/connect`);
  await expect(scannerPage.getByRole('img', { name: 'My connect QR code' })).toBeVisible();
  const code = (await scannerPage.getByTestId('connect-code').textContent())?.trim() ?? '';
  expect(code.length).toBeGreaterThan(8);
  await expectAccessible(scannerPage);

  await askerPage.goto(`/events/${event.id}/connect`);
  await askerPage.getByRole('textbox', { name: 'Their code' }).fill(code);
  await askerPage.getByRole('button', { name: 'Connect' }).click();
  await expect(askerPage.getByRole('status', { name: 'Scan result' })).toContainText(
    `Connected with ${scanner.displayName}`,
  );
  await expectAccessible(askerPage);
  await scannerPage.goto('/connections');
  await expect(scannerPage.getByRole('link', { name: `${asker.displayName}, MD` })).toBeVisible();
  expect(await scannerPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(scannerPage);
});
