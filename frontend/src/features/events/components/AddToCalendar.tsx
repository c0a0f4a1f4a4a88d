import { Button } from '@/components/ui/Button';
import type { RoundsEvent } from '@/lib/api/types';
import { useDownloadEventCalendar } from '../api/download-event-calendar';
import styles from './AddToCalendar.module.css';
import { googleCalendarLink, outlookCalendarLink } from './calendar-links';

/** Put the event in a calendar: an .ics file for any app, or Google's and Outlook's own add pages. */
export function AddToCalendar({ event }: { event: RoundsEvent }) {
  const download = useDownloadEventCalendar(event.id);
  const pageUrl = `${globalThis.location.origin}/events/${event.id}`;
  return (
    <div className={styles.links} role="group" aria-label="Add to calendar">
      <Button variant="secondary" size="small" loading={download.isPending} onClick={() => { download.mutate(); }}>
        Download .ics
      </Button>
      <a href={googleCalendarLink(event, pageUrl)} target="_blank" rel="noreferrer">
        Add to Google Calendar
      </a>
      <a href={outlookCalendarLink(event, pageUrl)} target="_blank" rel="noreferrer">
        Add to Outlook
      </a>
      {download.isError && <p role="alert">The calendar file could not be downloaded. Try again.</p>}
    </div>
  );
}
