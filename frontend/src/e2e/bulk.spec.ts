import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect, request, test } from '@playwright/test';
import { expectAccessible, keepScreenshot, mailedLink, organizer, signIn } from './support';

function daysAheadUtc(days: number, hour: number): string {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + days);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

async function publishedEvent(api: APIRequestContext, title: string, capacity: number): Promise<string> {
  const login = await api.post('/api/v1/auth/login', { data: organizer });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  const created = await api.post('/api/v1/events', {
    headers,
    data: {
      title,
      city: 'Boston',
      venueName: 'The Atrium',
      venueAddress: '200 Harbor Street, Boston',
      timeZone: 'America/New_York',
      startsAt: daysAheadUtc(20, 22),
      endsAt: daysAheadUtc(21, 1),
      capacity,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await api.post(`/api/v1/events/${id}/publish`, { headers })).ok()).toBe(true);
  return id;
}

test('an organizer imports an Eventbrite attendee list, reads the report, exports it, and an invitee sets a password', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const title = `E2E Import Evening ${unique}`;
  const invitee = `e2e-import-${unique}@rounds.test`;
  const api = await request.newContext({ baseURL });
  const eventId = await publishedEvent(api, title, 1);

  await page.goto(`/organizer/events/${eventId}/registrations`);
  await signIn(page, organizer);
  await page.getByRole('link', { name: 'Import registrations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Import registrations: ${title}` })).toBeVisible();
  await page.getByLabel('CSV file').setInputFiles({
    name: 'eventbrite.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `\uFEFFOrder #,First Name,Last Name,Email,Ticket Type\r\n1,Imani,Okafor,${invitee},General\r\n` +
        `2,Julien,Tremblay,e2e-import-2-${unique}@rounds.test,General\r\n3,No,Address,,General\r\n`,
    ),
  });
  await expect(page.getByRole('table', { name: 'The first rows of the file' }).getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('combobox', { name: 'Email' })).toHaveValue('Email');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Start import' }).click();

  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('progressbar', { name: 'Rows imported' })).toHaveAttribute('aria-valuenow', '3');
  const report = page.getByRole('table', { name: 'Import report' });
  await expect(report.getByRole('row', { name: /Imani Okafor/ })).toContainText('Registered, new account invited');
  await expect(report.getByRole('row', { name: /Julien Tremblay/ })).toContainText('Waitlisted, new account invited');
  await expect(report.getByRole('row', { name: /No Address/ })).toContainText('Skipped: No email address');
  await expectAccessible(page);
  await keepScreenshot(page, 'import-report');

  await page.getByRole('navigation', { name: 'This event' }).getByRole('link', { name: 'Registrations' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export registrations (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^e2e-import-evening-.*-registrations\.csv$/);
  const csv = await readFile(await file.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^Registration ID,Status,/);
  expect(csv).toContain('Imani Okafor');

  // The invitee's mail leads to the page that sets the first password.
  const link = await mailedLink(api, invitee, `You are on the list for ${title}`, '/reset-password');
  expect(link).toContain('token=');
  await api.dispose();
});
