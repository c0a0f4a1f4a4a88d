import { Link } from 'react-router';
import { Notice } from '@/components/ui/Notice';
import type { Registration } from '@/lib/api/types';
import { AtTheEvent, CancelledRegistrationNotice, CheckedInNotice, WaitlistNotice } from './AtTheEvent';
import styles from './MyPlace.module.css';

/** What the attendee's registration means for them, in words. */
export function MyPlace({ registration }: { registration: Registration }) {
  switch (registration.status) {
    case 'REGISTERED':
      return (
        <Notice tone="success" title="You’re registered">
          <p>
            Your door ticket with its QR code is in <Link to="/tickets">My tickets</Link>.
          </p>
          <AtTheEvent eventId={registration.eventId} className={styles.links} />
        </Notice>
      );
    case 'CHECKED_IN':
      return <CheckedInNotice eventId={registration.eventId} linksClassName={styles.links} />;
    case 'WAITLISTED':
      return (
        <WaitlistNotice position={registration.waitlistPosition}>
          If a seat opens up it is yours automatically, and we will let you know.
        </WaitlistNotice>
      );
    case 'NO_SHOW':
      return <Notice title="You were registered but not checked in" />;
    case 'CANCELLED':
      return <CancelledRegistrationNotice />;
  }
}
