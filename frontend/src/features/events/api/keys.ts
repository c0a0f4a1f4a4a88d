/** What the event list is filtered by, as kept in the page's query string. */
export interface EventFilters {
  q: string;
  city: string;
  /** First day, YYYY-MM-DD */
  from: string;
  /** Last day, YYYY-MM-DD */
  to: string;
}

export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (filters: EventFilters) => [...eventKeys.lists(), filters] as const,
  details: () => [...eventKeys.all, 'detail'] as const,
  detail: (eventId: string) => [...eventKeys.details(), eventId] as const,
  myRegistration: (eventId: string) => [...eventKeys.all, 'my-registration', eventId] as const,
};
