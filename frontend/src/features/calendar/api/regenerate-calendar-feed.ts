import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { CalendarFeed } from '@/lib/api/types';
import { calendarKeys } from './keys';

export async function regenerateCalendarFeed(): Promise<CalendarFeed> {
  return bodyOf(await api.POST('/api/v1/me/calendar-feed/regenerate'));
}

/** A new URL; the old one stops working at once. */
export function useRegenerateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateCalendarFeed,
    onSuccess: (feed) => {
      queryClient.setQueryData(calendarKeys.feed(), feed);
    },
  });
}
