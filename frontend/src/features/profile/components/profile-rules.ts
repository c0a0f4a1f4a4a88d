import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * Client-side mirrors of the server's profile rules (attendee/ProfileService, Npi, Tags,
 * ContactLinks, PhoneNumbers), so mistakes show while typing; the server still decides.
 */
export const PROFILE_LIMITS = {
  fullName: 120,
  credentials: 5,
  practiceName: 160,
  city: 120,
  bio: 1000,
  email: 254,
  cellNumber: 40,
  link: 300,
  tagsPerList: 20,
  tagMin: 2,
  tagMax: 60,
} as const;

/** The server reads numbers without a +country code as this region's (rounds.profile.default-phone-region). */
const DEFAULT_PHONE_REGION = 'US';

/** NPI: ten digits, the last a Luhn check digit over the other nine prefixed with 80840. */
export function npiProblem(npi: string): string | undefined {
  if (!/^\d{10}$/.test(npi)) return 'An NPI has exactly ten digits.';
  const payload = `80840${npi.slice(0, 9)}`;
  let sum = 0;
  let doubled = true;
  for (let i = payload.length - 1; i >= 0; i -= 1) {
    let digit = Number(payload[i]);
    if (doubled) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    doubled = !doubled;
  }
  const check = (10 - (sum % 10)) % 10;
  return check === Number(npi[9])
    ? undefined
    : 'This NPI’s last digit does not check out; copy it from the NPI registry.';
}

export function phoneProblem(typed: string): string | undefined {
  if (typed.length > PROFILE_LIMITS.cellNumber) return `Use at most ${PROFILE_LIMITS.cellNumber} characters.`;
  const number = parsePhoneNumberFromString(typed, DEFAULT_PHONE_REGION);
  if (!number?.isValid()) {
    return 'Enter a phone number as you would dial it, with +country code when outside the US.';
  }
  if (number.ext) return 'Enter a number that reaches you directly, without an extension.';
  return undefined;
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

function parseLink(raw: string): URL | undefined {
  try {
    const url = new URL(raw);
    if (url.username || url.password || !HOST.test(url.hostname)) return undefined;
    return url;
  } catch {
    return undefined;
  }
}

export function linkedinProblem(raw: string): string | undefined {
  const url = parseLink(raw);
  const host = url?.hostname ?? '';
  const onLinkedIn = host === 'linkedin.com' || host.endsWith('.linkedin.com');
  if (url?.protocol !== 'https:' || !onLinkedIn || url.pathname.length <= 1) {
    return 'Enter the https link to your LinkedIn page, e.g. https://www.linkedin.com/in/your-name.';
  }
  return undefined;
}

export function websiteProblem(raw: string): string | undefined {
  const url = parseLink(raw);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return 'Enter a web address starting with https://, e.g. https://www.example-practice.com.';
  }
  return undefined;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblem(email: string): string | undefined {
  if (email.length > PROFILE_LIMITS.email) return `Use at most ${PROFILE_LIMITS.email} characters.`;
  return EMAIL_SHAPE.test(email) ? undefined : 'Enter an email address like name@clinic.org.';
}

/** Tags are stored trimmed, with single spaces, in lower case. */
export function normaliseTag(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\s\p{Z}\p{Cc}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

export function tagProblem(tag: string, tags: readonly string[]): string | undefined {
  // Counted in code points, as the server counts.
  const length = Array.from(tag).length;
  if (length < PROFILE_LIMITS.tagMin || length > PROFILE_LIMITS.tagMax) {
    return `A tag has ${PROFILE_LIMITS.tagMin} to ${PROFILE_LIMITS.tagMax} characters.`;
  }
  if (tags.length >= PROFILE_LIMITS.tagsPerList) return `A list holds at most ${PROFILE_LIMITS.tagsPerList} tags.`;
  return undefined;
}
