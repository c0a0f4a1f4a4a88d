import { ApiError } from '../api-error';
import { errorMessage, isEmailNotVerified } from '../error-message';

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
