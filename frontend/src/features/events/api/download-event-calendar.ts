import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';

/** The event as an .ics file, fetched with the bearer token (a plain link would carry none). */
export async function getEventCalendar(eventId: string): Promise<Blob> {
  const { data } = await api.GET('/api/v1/events/{eventId}/calendar.ics', {
    params: { path: { eventId } },
    parseAs: 'text',
  });
  if (!data) throw new Error('The calendar file came back empty');
  return new Blob([data], { type: 'text/calendar;charset=utf-8' });
}

function save(blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'rounds-event.ics';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

export function useDownloadEventCalendar(eventId: string) {
  return useMutation({ mutationFn: () => getEventCalendar(eventId), onSuccess: save });
}
