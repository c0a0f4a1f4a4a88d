import { type APIRequestContext, type BrowserContext, expect, type Page, request, test } from '@playwright/test';
import {
  bearer,
  call,
  daysAheadUtc,
  expectAccessible,
  keepScreenshot,
  newPhysician,
  organizer,
  type Person,
  signIn,
  signUpThroughApi,
} from './support';

// At the venue, on a 360 px phone: find someone, recognise them by their photo, get in with a ticket that opens
// without signal, the door's count, and the notifications sheet.
test.use({ viewport: { width: 360, height: 740 } });

const OFFLINE_CACHE = 'rounds-signed-in-account';

interface Seated extends Person {
  id: string;
  token: string;
}

interface Venue {
  eventId: string;
  title: string;
  attendee: Seated;
  colleague: Seated;
}

/** A physician with a full profile (as the demo attendees have), seated at the event. */
async function seated(api: APIRequestContext, eventId: string, label: string, specialtyCode: string): Promise<Seated> {
  const person = newPhysician(label);
  const { id, token } = await signUpThroughApi(api, person);
  await call(api, token, 'PUT', '/api/v1/me/profile', {
    fullName: person.displayName,
    credentials: ['MD'],
    specialtyCode,
    practiceName: 'Harbor Eye Associates',
    city: 'Boston',
    wantsReferred: ['cataract surgery'],
    doesNotTake: [],
    refersOut: ['glaucoma'],
    visibility: { email: 'CONNECTIONS', cellNumber: 'CONNECTIONS', linkedinUrl: 'CONNECTIONS', websiteUrl: 'CONNECTIONS' },
    cellSharingDefault: 'ASK',
  });
  await call(api, token, 'POST', `/api/v1/events/${eventId}/registrations`);
  return { ...person, id, token };
}

/** A published event with two seated physicians; the colleague has asked to meet the attendee. */
async function venue(baseURL: string | undefined): Promise<Venue> {
  const api = await request.newContext({ baseURL });
  const title = `E2E Phone Evening ${Date.now().toString(36)}`;
  const organizerToken = await bearer(api, organizer);
  const event = await call(api, organizerToken, 'POST', '/api/v1/events', {
    title,
    city: 'Boston',
    venueName: 'The Atrium',
    venueAddress: '200 Harbor Street, Boston',
    timeZone: 'America/New_York',
    startsAt: daysAheadUtc(9, 22),
    endsAt: daysAheadUtc(10, 1),
    capacity: 20,
  });
  await call(api, organizerToken, 'POST', `/api/v1/events/${event.id}/publish`);
  const attendee = await seated(api, event.id, 'phone-me', '207W00000X');
  const colleague = await seated(api, event.id, 'phone-peer', '152W00000X');
  await call(api, colleague.token, 'POST', '/api/v1/introductions', {
    eventId: event.id,
    recipientId: attendee.id,
    reason: 'You take the cataract cases I refer out.',
  });
  await api.dispose();
  return { eventId: event.id, title, attendee, colleague };
}

async function signedIn(context: BrowserContext, person: { email: string; password: string }, path: string) {
  const page = await context.newPage();
  await page.goto(path);
  await signIn(page, person);
  return page;
}

function fitsThePhone(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** A small PNG drawn by the browser itself, as a phone's camera roll would hold one. */
async function pngPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 96;
    canvas.height = 96;
    const pen = canvas.getContext('2d');
    if (!pen) throw new Error('no 2D canvas');
    pen.fillStyle = '#0a6464';
    pen.fillRect(0, 0, 96, 96);
    pen.fillStyle = '#f4c542';
    pen.fillRect(28, 20, 40, 40);
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
  });
  return Buffer.from(base64, 'base64');
}

test('the directory finds a colleague by name, and a photo just uploaded shows on the card', async ({
  context,
  baseURL,
}) => {
  const { attendee, colleague, eventId } = await venue(baseURL);
  const page = await signedIn(context, attendee, '/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();

  await page.getByLabel('Add a photo').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: await pngPhoto(page) });
  await expect(page.getByRole('img', { name: `Photo of ${attendee.displayName}` })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/events/${eventId}/people`);
  await expect(page.getByRole('heading', { level: 1, name: "Who's here" })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Name' });
  await search.fill(colleague.displayName.split(' ').pop() ?? '');
  const colleagueCard = page.getByRole('article', { name: `${colleague.displayName}, MD` });
  await expect(colleagueCard).toContainText('Harbor Eye Associates, Boston');
  await expect(colleagueCard).toContainText('cataract surgery');
  await expect(page.getByRole('article')).toHaveCount(1);
  expect(await fitsThePhone(page)).toBeLessThanOrEqual(360);
  await expectAccessible(page);
  await keepScreenshot(page, 'phone-directory');

  await search.fill(attendee.displayName.split(' ').pop() ?? '');
  const myCard = page.getByRole('article', { name: `${attendee.displayName}, MD` });
  await expect(myCard.getByRole('img', { name: `Photo of ${attendee.displayName}` })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'phone-photo-on-card');
});

test('a ticket opens with its QR code without a connection, and signing out leaves nothing behind', async ({
  context,
  baseURL,
}) => {
  const { attendee, title } = await venue(baseURL);
  const page = await signedIn(context, attendee, '/tickets');
  const qr = page.getByRole('img', { name: `Door ticket QR code for ${title}` });
  await expect(qr).toBeVisible();

  // Once the service worker controls the page, the tickets pass through it and are kept.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await page.reload();
  await expect(qr).toBeVisible();
  const cachedPaths = (cache: string) =>
    page.evaluate(async (name) => {
      const keys = await (await caches.open(name)).keys();
      return keys.map((key) => new URL(key.url).pathname);
    }, cache);
  await expect.poll(() => cachedPaths(OFFLINE_CACHE)).toContain('/api/v1/me/registrations');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My tickets' })).toBeVisible();
  await expect(page.getByText('You are offline.', { exact: false })).toBeVisible();
  await expect(qr).toBeVisible();
  expect((await qr.boundingBox())?.width).toBeGreaterThanOrEqual(200);
  await expectAccessible(page);
  await keepScreenshot(page, 'phone-ticket-offline');

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect.poll(() => page.evaluate((name) => caches.has(name), OFFLINE_CACHE)).toBe(false);
});

test('the door checks a colleague in and its live count of arrivals follows', async ({ context, baseURL }) => {
  const { colleague, eventId } = await venue(baseURL);
  const page = await signedIn(context, organizer, `/organizer/events/${eventId}/door`);
  await expect(page.getByRole('heading', { level: 1, name: 'Door check-in' })).toBeVisible();
  const arrivals = page.getByRole('region', { name: 'Arrivals' });
  await expect(arrivals).toContainText('0 of 2 arrived');

  await page.getByRole('searchbox', { name: 'Name' }).fill(colleague.displayName.split(' ').pop() ?? '');
  await page.getByRole('button', { name: `Check in ${colleague.displayName}` }).click();
  await expect(page.getByRole('status', { name: 'Check-in result' })).toContainText(`Checked in: ${colleague.displayName}`);
  await expect(page.getByRole('list', { name: 'People found' })).toContainText('Checked in at');
  await expect(arrivals).toContainText('1 of 2 arrived');
  await expect(page.getByRole('list', { name: 'Latest check-ins' })).toContainText(colleague.displayName);
  expect(await fitsThePhone(page)).toBeLessThanOrEqual(360);
  await expectAccessible(page);
  await keepScreenshot(page, 'phone-door');
});

test('notifications open as a full-width sheet, name the colleague, and are all marked read at once', async ({
  context,
  baseURL,
}) => {
  const { attendee, colleague } = await venue(baseURL);
  const page = await signedIn(context, attendee, '/');
  const bell = page.getByRole('button', { name: /^Notifications, \d+ unread$/ });
  await bell.click();

  const sheet = page.locator(`[id="${(await bell.getAttribute('aria-controls')) ?? ''}"]`);
  await expect(sheet.getByRole('heading', { name: 'Notifications' })).toBeVisible();
  await expect(sheet).toContainText(colleague.displayName);
  const box = await sheet.boundingBox();
  expect(box?.x).toBeLessThanOrEqual(1);
  expect(box?.width).toBeGreaterThanOrEqual(359);
  expect(await fitsThePhone(page)).toBeLessThanOrEqual(360);
  await expectAccessible(page);
  await keepScreenshot(page, 'phone-notifications');

  await sheet.getByRole('button', { name: 'Mark all read' }).click();
  await expect(page.getByRole('button', { name: 'Notifications', exact: true })).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Mark all read' })).toBeHidden();
});
