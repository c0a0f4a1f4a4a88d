import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/Badge';
import { Card } from '@/components/ui/Card';
import { PageHeading } from '@/components/ui/PageHeading';
import type { RoundsEvent } from '@/lib/api/types';
import { formatEventRange } from '@/lib/time/event-time';
import styles from './EventDetails.module.css';
import { seatsSummary, waitlistLabel } from '@/entities/event/event-state';

const STATUS_BADGE: Partial<Record<RoundsEvent['status'], string>> = {
  CANCELLED: 'Cancelled',
  COMPLETED: 'Took place',
  DRAFT: 'Draft',
};

/** The event as attendees see it; `children` is the attendee's own place, beside the facts. */
export function EventDetails({ event, children }: { event: RoundsEvent; children: ReactNode }) {
  const statusBadge = STATUS_BADGE[event.status];
  return (
    <>
      <p className={styles.back}>
        <Link to="/events">
          <span aria-hidden="true">← </span>All events
        </Link>
      </p>
      <PageHeading className={styles.heading}>{event.title}</PageHeading>
      {statusBadge && (
        <p>
          <Badge tone={event.status === 'CANCELLED' ? 'danger' : 'neutral'}>{statusBadge}</Badge>
        </p>
      )}
      <div className={styles.layout}>
        <Card aria-labelledby="event-about" className={styles.about}>
          <h2 id="event-about" className="visually-hidden">
            About this event
          </h2>
          <dl className={styles.facts}>
            <dt>When</dt>
            <dd>
              {formatEventRange(event.startsAt, event.endsAt, event.timeZone)}
              <span className={styles.zone}>Local time in {event.timeZone.replaceAll('_', ' ')}</span>
            </dd>
            <dt>Where</dt>
            <dd>
              {event.venueName}
              <br />
              {event.venueAddress}
              <br />
              {event.city}
            </dd>
            <dt>Seats</dt>
            <dd>
              {seatsSummary(event)}
              {event.waitlistCount > 0 && <span className={styles.zone}>{waitlistLabel(event)}</span>}
            </dd>
          </dl>
          {event.description && <p className={styles.description}>{event.description}</p>}
        </Card>
        {children}
      </div>
    </>
  );
}
