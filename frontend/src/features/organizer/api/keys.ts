import type { EventStatus, RegistrationStatus } from '@/lib/api/types';

export interface OrganizerEventFilters {
  /** Undefined for every status. */
  status: EventStatus | undefined;
  /** Include events that have already ended. */
  past: boolean;
}

export interface RegistrationFilters {
  status: RegistrationStatus | undefined;
  q: string;
}

export const organizerKeys = {
  all: ['organizer'] as const,
  eventLists: () => [...organizerKeys.all, 'events'] as const,
  eventList: (filters: OrganizerEventFilters) => [...organizerKeys.eventLists(), filters] as const,
  event: (eventId: string) => [...organizerKeys.all, 'event', eventId] as const,
  registrations: (eventId: string) => [...organizerKeys.event(eventId), 'registrations'] as const,
  pairs: (eventId: string) => [...organizerKeys.event(eventId), 'pairs'] as const,
  specialties: () => [...organizerKeys.all, 'specialties'] as const,
  registrationList: (eventId: string, filters: RegistrationFilters) =>
    [...organizerKeys.registrations(eventId), filters] as const,
};
