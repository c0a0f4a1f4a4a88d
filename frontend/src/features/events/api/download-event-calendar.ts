import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { saveBlob, textFile } from '@/lib/files/save-blob';

/** The event as an .ics file, fetched with the bearer token (a plain link would carry none). */
export async function getEventCalendar(eventId: string): Promise<Blob> {
  const { data } = await api.GET('/api/v1/events/{eventId}/calendar.ics', {
    params: { path: { eventId } },
    parseAs: 'text',
  });
  return textFile(data, 'text/calendar;charset=utf-8', 'calendar file');
}

export function useDownloadEventCalendar(eventId: string) {
  return useMutation({
    mutationFn: () => getEventCalendar(eventId),
    onSuccess: (blob) => {
      saveBlob(blob, 'rounds-event.ics');
    },
  });
}
