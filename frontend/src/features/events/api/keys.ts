import { eventKeys } from '@/entities/event/keys';
import type { EventStatus } from '@/lib/api/types';

/** What the event list is filtered by, as kept in the page's query string. */
export interface EventFilters {
  q: string;
  city: string;
  /** First day, YYYY-MM-DD */
  from: string;
  /** Last day, YYYY-MM-DD */
  to: string;
}

/** What an organizer's list of events is filtered by. */
export interface ManagedEventFilters {
  /** Undefined for every status. */
  status: EventStatus | undefined;
  /** Include events that have already ended. */
  past: boolean;
}

export const eventListKeys = {
  search: (filters: EventFilters) => [...eventKeys.lists(), 'search', filters] as const,
  managed: (filters: ManagedEventFilters) => [...eventKeys.lists(), 'managed', filters] as const,
};
