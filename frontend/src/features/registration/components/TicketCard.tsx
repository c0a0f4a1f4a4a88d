import { Link } from 'react-router';
import { Avatar } from '@/components/ui/Avatar';
import { Badge } from '@/components/ui/Badge';
import { Notice } from '@/components/ui/Notice';
import type { Ticket } from '@/lib/api/types';
import { AtTheEvent, CancelledRegistrationNotice, CheckedInNotice, WaitlistNotice } from './AtTheEvent';
import { EventWhenWhere } from '@/entities/event/EventWhenWhere';
import styles from './TicketCard.module.css';
import { QrCode } from '@/components/ui/QrCode';
import { codeLink } from '@/lib/codes/links';

function PlaceAndTicket({ ticket }: { ticket: Ticket }) {
  const { registration, event } = ticket;
  if (event.status === 'CANCELLED') {
    return <Notice tone="warning" title="This event was cancelled" />;
  }
  switch (registration.status) {
    case 'REGISTERED':
      return registration.ticketToken ? (
        <div className={styles.ticket}>
          <p className={styles.holder}>
            <Avatar name={registration.attendeeName} photoUrl={registration.attendeeProfile?.photoUrl} size="large" />
            <span className={styles.holderName}>{registration.attendeeName}</span>
          </p>
          <QrCode token={codeLink('t', registration.ticketToken)} label={`Door ticket QR code for ${event.title}`} />
          <p className={styles.hint}>Show this code at the door. Turn your screen brightness up if it does not scan.</p>
          <p className={styles.code}>
            Ticket code <code>{registration.ticketCode ?? registration.ticketToken}</code>
          </p>
          <AtTheEvent eventId={event.id} className={styles.atEvent} />
        </div>
      ) : (
        <Notice title="You’re registered" />
      );
    case 'WAITLISTED':
      return (
        <WaitlistNotice position={registration.waitlistPosition}>
          No ticket yet: if a seat opens up it is yours, and your ticket appears here.
        </WaitlistNotice>
      );
    case 'CHECKED_IN':
      return <CheckedInNotice eventId={event.id} linksClassName={styles.atEvent} />;
    case 'NO_SHOW':
      return <Notice title="You did not check in at this event" />;
    case 'CANCELLED':
      return <CancelledRegistrationNotice />;
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
        <EventWhenWhere event={event} withAddress />
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <PlaceAndTicket ticket={ticket} />
    </article>
  );
}
