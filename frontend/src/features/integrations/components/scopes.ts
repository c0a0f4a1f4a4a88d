/** The scopes a key may hold, in the words an organizer reads. */
export const SCOPE_OPTIONS = [
  { value: 'events:read', label: 'Read events' },
  { value: 'registrations:read', label: 'Read registrations' },
  { value: 'attendees:read', label: 'Read attendee profiles (email and cell only where the attendee allows)' },
  { value: 'introductions:read', label: 'Read introductions' },
  { value: 'followups:read', label: 'Read follow-ups' },
  { value: 'followups:write', label: 'Change follow-ups' },
  { value: 'webhooks:manage', label: 'Manage webhooks' },
] as const;

export type Scope = (typeof SCOPE_OPTIONS)[number]['value'];
