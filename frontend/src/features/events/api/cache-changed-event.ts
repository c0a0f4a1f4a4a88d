import type { QueryClient } from '@tanstack/react-query';
import { eventKeys } from '@/entities/event/keys';
import { registrationKeys } from '@/entities/registration/keys';
import type { RoundsEvent } from '@/lib/api/types';

/** After an organizer changes an event: the answer is the new event, lists move, and seats may have been given. */
export function cacheChangedEvent(queryClient: QueryClient, event: RoundsEvent) {
  queryClient.setQueryData(eventKeys.detail(event.id), event);
  void queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: registrationKeys.ofEvent(event.id) });
}
