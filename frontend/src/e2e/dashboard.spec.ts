import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect, request, test } from '@playwright/test';
import {
  bearer,
  call,
  daysAheadUtc,
  expectAccessible,
  figure,
  keepScreenshot,
  newPhysician,
  organizer,
  signIn,
  signUpThroughApi,
} from './support';

interface Seated {
  id: string;
  token: string;
  registrationId: string;
}

const OPHTHALMOLOGY = '207W00000X';
const OPTOMETRY = '152W00000X';

/** A new physician with a profile of this specialty, holding a seat at the event. */
async function seated(api: APIRequestContext, eventId: string, label: string, specialtyCode: string): Promise<Seated> {
  const person = newPhysician(label);
  const { id, token } = await signUpThroughApi(api, person);
  await call(api, token, 'PUT', '/api/v1/me/profile', {
    fullName: person.displayName,
    credentials: [specialtyCode === OPTOMETRY ? 'OD' : 'MD'],
    specialtyCode,
    city: 'Boston',
    wantsReferred: [],
    doesNotTake: [],
    refersOut: [],
    visibility: { email: 'CONNECTIONS', cellNumber: 'CONNECTIONS', linkedinUrl: 'CONNECTIONS', websiteUrl: 'CONNECTIONS' },
    cellSharingDefault: 'ASK',
  });
  const registration = await call(api, token, 'POST', `/api/v1/events/${eventId}/registrations`);
  return { id, token, registrationId: registration.id };
}

/**
 * An event with the introductions of the demo seed's Boston mixer (backend demo/DemoIntroductions) in miniature: one
 * request still open, one accepted, one declined, one accepted and met, one brokered by the organizer; two of the five
 * attendees checked in at the door. The test database has no demo data, so the journey seeds its own.
 */
async function demoShapedEvent(api: APIRequestContext, title: string): Promise<string> {
  const organizerToken = await bearer(api, organizer);
  const event = await call(api, organizerToken, 'POST', '/api/v1/events', {
    title,
    city: 'Boston',
    venueName: 'The Atrium',
    venueAddress: '200 Harbor Street, Boston',
    timeZone: 'America/New_York',
    startsAt: daysAheadUtc(12, 22),
    endsAt: daysAheadUtc(13, 1),
    capacity: 12,
  });
  await call(api, organizerToken, 'POST', `/api/v1/events/${event.id}/publish`);
  const [p1, p2, p3, p4, p5] = [
    await seated(api, event.id, 'dash1', OPHTHALMOLOGY),
    await seated(api, event.id, 'dash2', OPTOMETRY),
    await seated(api, event.id, 'dash3', OPHTHALMOLOGY),
    await seated(api, event.id, 'dash4', OPTOMETRY),
    await seated(api, event.id, 'dash5', OPHTHALMOLOGY),
  ] as [Seated, Seated, Seated, Seated, Seated];
  const ask = (from: Seated, to: Seated) =>
    call(api, from.token, 'POST', '/api/v1/introductions', {
      eventId: event.id,
      recipientId: to.id,
      reason: 'We refer to each other already; let us meet.',
    });

  await ask(p1, p2);
  const accepted = await ask(p3, p4);
  await call(api, p4.token, 'POST', `/api/v1/introductions/${accepted.id}/accept`, {});
  const declined = await ask(p5, p1);
  await call(api, p1.token, 'POST', `/api/v1/introductions/${declined.id}/decline`, {});
  const met = await ask(p2, p5);
  await call(api, p5.token, 'POST', `/api/v1/introductions/${met.id}/accept`, {});
  await call(api, p2.token, 'POST', `/api/v1/introductions/${met.id}/met`);
  await call(api, organizerToken, 'POST', '/api/v1/introductions', {
    eventId: event.id,
    partyAId: p3.id,
    partyBId: p5.id,
    reason: 'Two of our most active referrers; you should meet.',
  });
  for (const door of [p1, p2]) {
    await call(api, organizerToken, 'POST', `/api/v1/events/${event.id}/check-ins`, { registrationId: door.registrationId });
  }
  return event.id;
}

test('an organizer reads an event’s dashboard, looks up a definition and exports a table as CSV', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const title = `E2E Dashboard Mixer ${Date.now().toString(36)}`;
  const api = await request.newContext({ baseURL });
  const eventId = await demoShapedEvent(api, title);
  await api.dispose();

  await page.goto(`/organizer/events/${eventId}/registrations`);
  await signIn(page, organizer);
  await expect(page.getByRole('navigation', { name: 'This event' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('navigation', { name: 'This event' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dashboard: ${title}` })).toBeVisible();

  await expect(figure(page, 'Registered')).toHaveText('5 of 12');
  await expect(figure(page, 'Checked in')).toHaveText('2');
  await expect(figure(page, 'Waitlist')).toHaveText('0');
  await expect(figure(page, 'Acceptance rate')).toHaveText('67%');
  await expect(figure(page, 'Brokered')).toHaveText('1');
  await expect(figure(page, 'Self-requested')).toHaveText('4');
  await expect(figure(page, 'Attendees with a connection')).toHaveText('80% (4 of 5)');
  // Four own requests (the organizer's brokered one is not theirs) against five seats × the default allowance of 5.
  await expect(figure(page, 'Request allowance used')).toHaveText('16% (4 of 25)');
  const funnel = page.getByRole('table', { name: 'Introductions by stage' });
  for (const [stage, count] of [
    ['Requested', 5],
    ['Waiting for an answer', 2],
    ['Accepted', 2],
    ['Declined', 1],
    ['Withdrawn', 0],
    ['Expired', 0],
    ['Met', 1],
  ] as const) {
    await expect(funnel.getByRole('row', { name: `${stage} ${count}`, exact: true })).toBeVisible();
  }
  await expect(
    page.getByRole('table', { name: 'Connections by origin' }).getByRole('row', { name: 'Introduction 2', exact: true }),
  ).toBeVisible();

  const what = page.getByRole('button', { name: 'What is “Acceptance rate”?' });
  await what.click();
  await expect(page.getByText(/^Accepted divided by those decided/)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as CSV: Specialty mix of attendees' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('specialty-mix.csv');
  expect(await readFile(await file.path(), 'utf8')).toBe('Specialty,Attendees\r\nOphthalmology,3\r\nOptometrist,2\r\n');

  await expectAccessible(page);
  await keepScreenshot(page, 'dashboard');

  await page.setViewportSize({ width: 360, height: 740 });
  await expect(figure(page, 'Registered')).toHaveText('5 of 12');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
