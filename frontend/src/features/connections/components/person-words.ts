import type { AttendeeProfile } from '@/lib/api/types';

/** "Dr. Dana Reyes, MD" */
export function nameWithCredentials(person: Pick<AttendeeProfile, 'fullName' | 'credentials'>): string {
  return person.credentials.length > 0 ? `${person.fullName}, ${person.credentials.join(', ')}` : person.fullName;
}

/** "Ophthalmology (Retina Specialist) · Harbor Eye · Baltimore", leaving out what is unknown. */
export function practiceLine(person: AttendeeProfile): string {
  const specialty = person.specialty
    ? person.subspecialty
      ? `${person.specialty.name} (${person.subspecialty.name})`
      : person.specialty.name
    : undefined;
  return [specialty, person.practiceName, person.city].filter(Boolean).join(' · ');
}
