import { ApiError } from '../api-error';
import { errorMessage, isConnectionFailure, isEmailNotVerified, OFFLINE } from '../error-message';

const notVerified = new ApiError({
  status: 403,
  title: 'Email address not verified',
  type: 'https://rounds.app/problems/email-not-verified',
  detail: 'Confirm your email address first: follow the link in the mail Rounds sent you.',
});

describe('errorMessage', () => {
  it('tells an unconfirmed account what to do, whatever words the page had for a 403', () => {
    expect(isEmailNotVerified(notVerified)).toBe(true);
    expect(errorMessage(notVerified, 'fallback', { 403: 'Only attendees with a seat can do this.' })).toBe(
      'Confirm your email address first: follow the link in the mail Rounds sent you.',
    );
  });

  it('keeps the page’s own words for other refusals', () => {
    const forbidden = new ApiError({ status: 403, title: 'Forbidden', type: 'https://rounds.app/problems/forbidden' });
    expect(isEmailNotVerified(forbidden)).toBe(false);
    expect(errorMessage(forbidden, 'fallback', { 403: 'Only attendees with a seat can do this.' })).toBe(
      'Only attendees with a seat can do this.',
    );
  });
});

describe('a lost connection', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is told as such, not as the page’s words for a server failure', () => {
    const failures = [
      new TypeError('Failed to fetch'),
      new TypeError('NetworkError when attempting to fetch resource.'),
      new TypeError('Load failed'),
      new TypeError('Failed to fetch dynamically imported module: https://rounds.test/assets/TicketsPage-4f2a.js'),
      new TypeError('error loading dynamically imported module'),
      new TypeError('Importing a module script failed.'),
    ];
    for (const failure of failures) {
      expect(isConnectionFailure(failure)).toBe(true);
      expect(errorMessage(failure, 'We could not save the note.')).toBe(OFFLINE);
    }
  });

  it('is anything that failed while the browser is offline, but never an answer from the server', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(isConnectionFailure(new Error('something else'))).toBe(true);
    expect(isConnectionFailure(new ApiError({ status: 503, title: 'Service Unavailable' }))).toBe(false);
  });

  it('is not a fault in the page’s own code while online', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'title')");
    expect(isConnectionFailure(bug)).toBe(false);
    expect(errorMessage(bug, 'We could not save the note.')).toBe('We could not save the note.');
  });
});
