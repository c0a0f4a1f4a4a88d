import { Link } from 'react-router';
import { Badge } from '@/components/ui/Badge';
import { Notice } from '@/components/ui/Notice';
import type { Ticket } from '@/lib/api/types';
import { formatEventRange } from '@/lib/time/event-time';
import styles from './TicketCard.module.css';
import { QrCode } from '@/components/ui/QrCode';

function AtTheEvent({ eventId }: { eventId: string }) {
  return (
    <p className={styles.atEvent}>
      <Link to={`/events/${eventId}/meet`}>Whom to meet</Link>
      <Link to={`/events/${eventId}/connect`}>Connect by QR code</Link>
    </p>
  );
}

function PlaceAndTicket({ ticket }: { ticket: Ticket }) {
  const { registration, event } = ticket;
  if (event.status === 'CANCELLED') {
    return <Notice tone="warning" title="This event was cancelled" />;
  }
  switch (registration.status) {
    case 'REGISTERED':
      return registration.ticketToken ? (
        <div className={styles.ticket}>
          <QrCode token={registration.ticketToken} label={`Door ticket QR code for ${event.title}`} />
          <p className={styles.hint}>Show this code at the door. Turn your screen brightness up if it does not scan.</p>
          <p className={styles.code}>
            Ticket code <code>{registration.ticketToken}</code>
          </p>
          <AtTheEvent eventId={event.id} />
        </div>
      ) : (
        <Notice title="You’re registered" />
      );
    case 'WAITLISTED':
      return (
        <Notice
          tone="warning"
          title={
            registration.waitlistPosition
              ? `You’re #${registration.waitlistPosition} on the waitlist`
              : 'You’re on the waitlist'
          }
        >
          <p>No ticket yet: if a seat opens up it is yours, and your ticket appears here.</p>
        </Notice>
      );
    case 'CHECKED_IN':
      return (
        <Notice tone="success" title="You’re checked in">
          <AtTheEvent eventId={event.id} />
        </Notice>
      );
    case 'NO_SHOW':
      return <Notice title="You did not check in at this event" />;
    case 'CANCELLED':
      return <Notice title="Your registration was cancelled" />;
  }
}

const STATUS: Record<Ticket['registration']['status'], { label: string; tone: 'success' | 'warning' | 'neutral' }> = {
  REGISTERED: { label: 'Registered', tone: 'success' },
  CHECKED_IN: { label: 'Checked in', tone: 'success' },
  WAITLISTED: { label: 'Waitlisted', tone: 'warning' },
  NO_SHOW: { label: 'Did not attend', tone: 'neutral' },
  CANCELLED: { label: 'Cancelled', tone: 'neutral' },
};

export function TicketCard({ ticket }: { ticket: Ticket }) {
  const { registration, event } = ticket;
  const status = STATUS[registration.status];
  const headingId = `ticket-${registration.id}`;
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.event}>
        <h2 id={headingId} className={styles.title}>
          <Link to={`/events/${event.id}`}>{event.title}</Link>
        </h2>
        <p className={styles.when}>{formatEventRange(event.startsAt, event.endsAt, event.timeZone)}</p>
        <p className={styles.where}>
          {event.venueName}, {event.venueAddress}, {event.city}
        </p>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <PlaceAndTicket ticket={ticket} />
    </article>
  );
}
