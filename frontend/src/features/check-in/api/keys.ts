import { registrationKeys } from '@/entities/registration/keys';

export const checkInKeys = {
  /** Below the event's registrations, so a check-in (which refreshes those) refreshes the count too. */
  summary: (eventId: string) => [...registrationKeys.ofEvent(eventId), 'check-in-summary'] as const,
};
