/**
 * Cache keys of events. What belongs to one event (its registrations, its pairs) is keyed below the event, so
 * a change that touches the whole event invalidates `detail(eventId)` and everything under it goes with it.
 */
export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  details: () => [...eventKeys.all, 'detail'] as const,
  detail: (eventId: string) => [...eventKeys.details(), eventId] as const,
};
