import { type APIRequestContext, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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

/** RFC 3339 with the UTC offset, some days from now at a given hour. */
export function daysAheadUtc(days: number, hour: number): string {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + days);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Signs in through the API and returns the access token, for setting up a journey's data. */
export async function bearer(api: APIRequestContext, credentials: { email: string; password: string }): Promise<string> {
  const response = await api.post('/api/v1/auth/login', { data: credentials });
  expect(response.status(), 'sign in through the API').toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** One authenticated API call that must succeed; answers the created or changed record's id. */
export async function call(api: APIRequestContext, token: string, method: 'POST' | 'PUT', path: string, data?: unknown) {
  const response = await api.fetch(path, { method, data, headers: { Authorization: `Bearer ${token}` } });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return response.json() as Promise<{ id: string }>;
}

export const organizer = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@rounds.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'rounds-admin-password',
};

/** Signs up in the SPA and confirms the address by following the link of the mail, as a new physician would. */
export async function signUp(page: Page, person: Person): Promise<void> {
  await signUpUnconfirmed(page, person);
  await page.goto(await mailedLink(page.request, person.email, CONFIRMATION_SUBJECT, '/verify-email'));
  await expect(page.getByText('Your address is confirmed')).toBeVisible();
  await expectAccessible(page);
  await page.goto('/');
  await expect(welcomeHeading(page, person.displayName)).toBeVisible();
}

/** Signs up in the SPA, checking the sign-up page and the home page it lands on. */
export async function signUpUnconfirmed(page: Page, person: Person): Promise<void> {
  await page.goto('/signup');
  await expectAccessible(page);
  await page.getByRole('textbox', { name: 'Full name' }).fill(person.displayName);
  await page.getByRole('textbox', { name: 'Email' }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(welcomeHeading(page, person.displayName)).toBeVisible();
  await expectAccessible(page);
}

/** Signs up through the API and confirms the address with the token of the mailed link. */
export async function signUpThroughApi(api: APIRequestContext, person: Person): Promise<{ id: string; token: string }> {
  const signup = await api.post('/api/v1/auth/signup', {
    data: { displayName: person.displayName, email: person.email, password: person.password },
  });
  expect(signup.status(), await signup.text()).toBe(201);
  const body = (await signup.json()) as { accessToken: string; account: { id: string } };
  const link = new URL(await mailedLink(api, person.email, CONFIRMATION_SUBJECT, '/verify-email'), 'http://rounds.invalid');
  const confirmed = await api.post('/api/v1/auth/verify-email', { data: { token: link.searchParams.get('token') } });
  expect(confirmed.status(), await confirmed.text()).toBe(204);
  return { id: body.account.id, token: body.accessToken };
}

export const CONFIRMATION_SUBJECT = 'Confirm your email address for Rounds';

interface MailboxItem {
  to: string;
  subject: string;
  html?: string;
}

/**
 * The mails the running Rounds sent to this address, newest first, from the dev Mailbox (the API behind the
 * Mailbox page, in dev and test builds; the built SPA leaves the page itself out).
 */
export async function mailboxOf(api: APIRequestContext, address: string): Promise<MailboxItem[]> {
  const response = await api.get('/api/v1/dev/mailbox', { params: { to: address } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { items: MailboxItem[] }).items;
}

/** Waits for a mail with this subject and returns the path and query of its link to `path` in the app. */
export async function mailedLink(
  api: APIRequestContext,
  address: string,
  subject: string | RegExp,
  path: string,
): Promise<string> {
  let html = '';
  await expect
    .poll(
      async () => {
        const mail = (await mailboxOf(api, address)).find((item) =>
          typeof subject === 'string' ? item.subject === subject : subject.test(item.subject),
        );
        html = mail?.html ?? '';
        return html !== '';
      },
      { message: `a mail "${String(subject)}" to ${address}`, timeout: 20_000 },
    )
    .toBe(true);
  const link = [...html.matchAll(/href="(https?:\/\/[^"]+)"/g)]
    .map((match) => new URL((match[1] ?? '').replaceAll('&amp;', '&')))
    .find((url) => url.pathname === path);
  expect(link, `a link to ${path} in the mail`).toBeTruthy();
  return link ? link.pathname + link.search : '';
}

/** Fills and sends the sign-in form on the page already showing it (and checks that page). */
export async function signIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);
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

/**
 * Fails on serious or critical axe-core violations of the page as it is now, naming each rule and the elements it
 * found, so every journey checks the pages it passes through. Besides axe's default rules it runs
 * `label-content-name-mismatch` (experimental in axe, so off by default): a control's accessible name must contain
 * its visible text, or speech users cannot say what they see.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    // In the page itself, without the blank page axe opens to merge frames' results: the SPA has no frames worth it
    // (only the dev Mailbox's sandboxed mails), and every journey runs this on every page.
    .setLegacyMode(true)
    .analyze();
  const blocking = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(blocking, `axe violations on ${page.url()}`).toEqual([]);
}

/** The value of the dashboard figure whose term is `name` (the term goes on with its "?" button and definition). */
export function figure(page: Page, name: string) {
  return page
    .locator('dl > div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${name}\\?`) }) })
    .locator('dd');
}

/** Keeps a full-page screenshot under test-results/screenshots, the journeys' artifacts for a human to look at. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
