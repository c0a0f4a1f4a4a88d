import { eventKeys } from '@/entities/event/keys';
import type { RegistrationStatus } from '@/lib/api/types';

export interface RegistrationFilters {
  status: RegistrationStatus | undefined;
  q: string;
}

export const registrationKeys = {
  /** Below the event: seats and the waitlist change with it. */
  ofEvent: (eventId: string) => [...eventKeys.detail(eventId), 'registrations'] as const,
  list: (eventId: string, filters: RegistrationFilters) => [...registrationKeys.ofEvent(eventId), filters] as const,
};
