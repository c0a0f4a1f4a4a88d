import type { CellSharingDefault, Credential, MyProfile, ProfileRequest, Visibility } from '@/lib/api/types';
import type { FieldErrors } from '@/lib/forms/use-checked-form';
import {
  emailProblem,
  linkedinProblem,
  npiProblem,
  phoneProblem,
  PROFILE_LIMITS,
  websiteProblem,
} from './profile-rules';

export const CONTACT_FIELDS = ['email', 'cellNumber', 'linkedinUrl', 'websiteUrl'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export const TAG_FIELDS = ['wantsReferred', 'doesNotTake', 'refersOut'] as const;
export type TagField = (typeof TAG_FIELDS)[number];

export interface ProfileFormValues {
  fullName: string;
  credentials: Credential[];
  specialtyCode: string;
  subspecialtyCode: string;
  practiceName: string;
  city: string;
  npi: string;
  bio: string;
  wantsReferred: string[];
  doesNotTake: string[];
  refersOut: string[];
  email: string;
  cellNumber: string;
  linkedinUrl: string;
  websiteUrl: string;
  visibility: Record<ContactField, Visibility>;
  cellSharingDefault: CellSharingDefault;
  shareContactWithIntegrations: boolean;
}

export type ProfileField = keyof ProfileFormValues;

/** Screen order: the first field with an error takes focus. */
export const PROFILE_FIELDS: readonly ProfileField[] = [
  'fullName',
  'credentials',
  'specialtyCode',
  'subspecialtyCode',
  'practiceName',
  'city',
  'npi',
  'bio',
  'wantsReferred',
  'doesNotTake',
  'refersOut',
  'email',
  'cellNumber',
  'linkedinUrl',
  'websiteUrl',
];

export const PROFILE_FIELD_LABELS: Partial<Record<ProfileField, string>> = {
  fullName: 'Full name',
  credentials: 'Credentials',
  specialtyCode: 'Specialty',
  subspecialtyCode: 'Subspecialty',
  practiceName: 'Practice',
  city: 'City',
  npi: 'NPI',
  bio: 'About you',
  wantsReferred: 'Cases you want referred',
  doesNotTake: 'Cases you do not take',
  refersOut: 'What you refer out',
  email: 'Email',
  cellNumber: 'Cell number',
  linkedinUrl: 'LinkedIn page',
  websiteUrl: 'Website',
};

export function profileFormFrom(profile: MyProfile): ProfileFormValues {
  return {
    fullName: profile.fullName,
    credentials: [...profile.credentials],
    specialtyCode: profile.specialty?.code ?? '',
    subspecialtyCode: profile.subspecialty?.code ?? '',
    practiceName: profile.practiceName ?? '',
    city: profile.city ?? '',
    npi: profile.npi ?? '',
    bio: profile.bio ?? '',
    wantsReferred: [...profile.wantsReferred],
    doesNotTake: [...profile.doesNotTake],
    refersOut: [...profile.refersOut],
    email: profile.email ?? '',
    cellNumber: profile.cellNumber ?? '',
    linkedinUrl: profile.linkedinUrl ?? '',
    websiteUrl: profile.websiteUrl ?? '',
    visibility: { ...profile.visibility },
    cellSharingDefault: profile.cellSharingDefault,
    shareContactWithIntegrations: profile.shareContactWithIntegrations,
  };
}

function tooLong(value: string, max: number): string | undefined {
  return value.trim().length > max ? `Use at most ${max} characters.` : undefined;
}

function optional(value: string, problem: (trimmed: string) => string | undefined): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : problem(trimmed);
}

export function validateProfile(values: ProfileFormValues): FieldErrors<ProfileField> {
  const found: FieldErrors<ProfileField> = {
    fullName:
      values.fullName.trim() === ''
        ? 'Enter your name as colleagues know you.'
        : tooLong(values.fullName, PROFILE_LIMITS.fullName),
    credentials:
      values.credentials.length === 0
        ? 'Choose at least one credential.'
        : values.credentials.length > PROFILE_LIMITS.credentials
          ? `Choose at most ${PROFILE_LIMITS.credentials} credentials.`
          : undefined,
    specialtyCode: values.specialtyCode === '' ? 'Choose your specialty.' : undefined,
    practiceName: tooLong(values.practiceName, PROFILE_LIMITS.practiceName),
    city: tooLong(values.city, PROFILE_LIMITS.city),
    npi: optional(values.npi, npiProblem),
    bio: tooLong(values.bio, PROFILE_LIMITS.bio),
    email: optional(values.email, emailProblem),
    cellNumber: optional(values.cellNumber, phoneProblem),
    linkedinUrl: optional(values.linkedinUrl, (link) => tooLong(link, PROFILE_LIMITS.link) ?? linkedinProblem(link)),
    websiteUrl: optional(values.websiteUrl, (link) => tooLong(link, PROFILE_LIMITS.link) ?? websiteProblem(link)),
  };
  const errors: FieldErrors<ProfileField> = {};
  for (const field of PROFILE_FIELDS) if (found[field]) errors[field] = found[field];
  return errors;
}

function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value.trim();
}

export function toProfileRequest(values: ProfileFormValues): ProfileRequest {
  const request: ProfileRequest = {
    fullName: values.fullName.trim(),
    credentials: values.credentials,
    specialtyCode: values.specialtyCode,
    wantsReferred: values.wantsReferred,
    doesNotTake: values.doesNotTake,
    refersOut: values.refersOut,
    visibility: values.visibility,
    cellSharingDefault: values.cellSharingDefault,
    shareContactWithIntegrations: values.shareContactWithIntegrations,
  };
  const optionals = ['subspecialtyCode', 'practiceName', 'city', 'npi', 'bio', ...CONTACT_FIELDS] as const;
  for (const field of optionals) {
    const value = optionalText(values[field]);
    if (value !== undefined) request[field] = value;
  }
  return request;
}
