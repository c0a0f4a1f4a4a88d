import { expect, request, test } from '@playwright/test';
import {
  bearer,
  call,
  expectAccessible,
  mailboxOf,
  mailedLink,
  newPhysician,
  organizer,
  signIn,
  signUpThroughApi,
} from './support';

/**
 * A fixed-offset zone in which the event ends in the 11 o'clock hour, so its plan (due seven days after
 * its last day at 09:00 local, at least two hours earlier in the day than the event ends) falls inside
 * "This week" (now + 7 days, and now is 90 minutes before the end) whatever the minute this runs at.
 */
function zoneEndingMidMorning(endsAt: Date): string {
  let offset = (11 - endsAt.getUTCHours() + 24) % 24;
  if (offset > 14) offset -= 24;
  if (offset === 0) return 'Etc/UTC';
  // POSIX-style names: Etc/GMT-3 is three hours ahead of UTC.
  return offset > 0 ? `Etc/GMT-${String(offset)}` : `Etc/GMT+${String(-offset)}`;
}

test('an accepted introduction brings a follow-up plan, progress, a calendar feed with the event and the reminder mail', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const api = await request.newContext({ baseURL });
  const startsAt = new Date(Date.now() + 30 * 60_000);
  startsAt.setUTCSeconds(0, 0);
  const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
  const title = `E2E Follow-up Evening ${unique}`;

  const organizerToken = await bearer(api, organizer);
  const event = await call(api, organizerToken, 'POST', '/api/v1/events', {
    title,
    city: 'Baltimore',
    venueName: 'Harbor Room',
    venueAddress: '100 Light St, Baltimore, MD',
    timeZone: zoneEndingMidMorning(endsAt),
    startsAt: startsAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    endsAt: endsAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    capacity: 30,
  });
  await call(api, organizerToken, 'POST', `/api/v1/events/${event.id}/publish`);
  const asker = newPhysician('follower');
  const colleague = newPhysician('followed');
  const askerAccount = await signUpThroughApi(api, asker);
  const colleagueAccount = await signUpThroughApi(api, colleague);
  await call(api, askerAccount.token, 'POST', `/api/v1/events/${event.id}/registrations`);
  await call(api, colleagueAccount.token, 'POST', `/api/v1/events/${event.id}/registrations`);
  await call(api, askerAccount.token, 'POST', '/api/v1/introductions', {
    eventId: event.id,
    recipientId: colleagueAccount.id,
    reason: 'We refer to each other',
  });

  // The colleague accepts the introduction in the SPA.
  const colleagueContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const colleaguePage = await colleagueContext.newPage();
  await colleaguePage.goto('/introductions');
  await signIn(colleaguePage, colleague);
  const introduction = colleaguePage.getByRole('article', { name: `Introduction: ${asker.displayName}` });
  await expect(introduction).toBeVisible();
  await expectAccessible(colleaguePage);
  await introduction.getByRole('button', { name: 'Accept' }).click();
  await expect(introduction.getByText('Accepted')).toBeVisible();

  // The asker's plan appears on "This week"; one tap marks a task done and the progress follows.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/this-week');
  await signIn(page, asker);
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  const card = `Send a card · ${colleague.displayName}`;
  await expect(page.getByRole('article', { name: card })).toBeVisible();
  await expect(page.getByText('0 of 6 done')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: `Done: ${card}` }).click();
  await expect(page.getByText('1 of 6 done')).toBeVisible();
  await expect(page.getByRole('button', { name: `Reopen: ${card}` })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The calendar settings give the feed URL; the feed, fetched as a calendar app would, holds the event.
  await page.goto('/calendar');
  const feedUrl = await page.getByRole('textbox', { name: 'Calendar address' }).inputValue();
  await expectAccessible(page);
  expect(feedUrl).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const calendarApp = await request.newContext();
  const feed = await calendarApp.get(feedUrl, { headers: {} });
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const ics = await feed.text();
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain(`UID:event-${event.id}@rounds.app`);
  expect(ics).toContain(title);
  expect(ics).toContain('Done – Follow-up: Send a card');
  expect(ics).not.toContain(colleague.displayName);
  await calendarApp.dispose();

  // The event starts within the day, so the day-before reminder (swept every few seconds in the e2e profile) is in
  // the dev Mailbox, with a link to the event.
  const reminderLink = await mailedLink(api, asker.email, `Tomorrow: ${title}`, `/events/${event.id}/meet`);
  const reminder = (await mailboxOf(api, asker.email)).find((mail) => mail.subject === `Tomorrow: ${title}`);
  expect(reminder?.html).toContain('Harbor Room');
  await page.goto(reminderLink);
  await expect(page.getByRole('heading', { level: 1, name: 'Whom to meet' })).toBeVisible();
  await expectAccessible(page);
  await api.dispose();
});
