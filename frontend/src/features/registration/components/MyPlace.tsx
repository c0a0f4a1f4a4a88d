import { Link } from 'react-router';
import { Notice } from '@/components/ui/Notice';
import type { Registration } from '@/lib/api/types';
import styles from './MyPlace.module.css';

/** Where a seated attendee goes at the event: suggestions and introductions, and connecting by QR code. */
function AtTheEvent({ eventId }: { eventId: string }) {
  return (
    <ul className={styles.links}>
      <li>
        <Link to={`/events/${eventId}/meet`}>Whom to meet</Link>
      </li>
      <li>
        <Link to={`/events/${eventId}/connect`}>Connect by QR code</Link>
      </li>
    </ul>
  );
}

/** What the attendee's registration means for them, in words. */
export function MyPlace({ registration }: { registration: Registration }) {
  switch (registration.status) {
    case 'REGISTERED':
      return (
        <Notice tone="success" title="You’re registered">
          <p>
            Your door ticket with its QR code is in <Link to="/tickets">My tickets</Link>.
          </p>
          <AtTheEvent eventId={registration.eventId} />
        </Notice>
      );
    case 'CHECKED_IN':
      return (
        <Notice tone="success" title="You’re checked in">
          <AtTheEvent eventId={registration.eventId} />
        </Notice>
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
          <p>If a seat opens up it is yours automatically, and we will let you know.</p>
        </Notice>
      );
    case 'NO_SHOW':
      return <Notice title="You were registered but not checked in" />;
    case 'CANCELLED':
      return <Notice title="Your registration was cancelled" />;
  }
}
