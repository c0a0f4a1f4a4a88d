import { Link } from 'react-router';
import { Notice } from '@/components/ui/Notice';

/** Where a seated attendee goes at the event: suggestions, the directory, and connecting by QR code. */
export function AtTheEvent({ eventId, className }: { eventId: string; className: string | undefined }) {
  return (
    <ul className={className}>
      <li>
        <Link to={`/events/${eventId}/meet`}>Whom to meet</Link>
      </li>
      <li>
        <Link to={`/events/${eventId}/people`}>Who&apos;s here</Link>
      </li>
      <li>
        <Link to={`/events/${eventId}/connect`}>Connect by QR code</Link>
      </li>
    </ul>
  );
}

/** A checked-in attendee's place: the door is behind them, the event is in front. */
export function CheckedInNotice({ eventId, linksClassName }: { eventId: string; linksClassName: string | undefined }) {
  return (
    <Notice tone="success" title="You’re checked in">
      <AtTheEvent eventId={eventId} className={linksClassName} />
    </Notice>
  );
}

/** A waitlisted attendee's place in line, and what happens when a seat opens. */
export function WaitlistNotice({ position, children }: { position: number | undefined; children: string }) {
  return (
    <Notice tone="warning" title={position ? `You’re #${position} on the waitlist` : 'You’re on the waitlist'}>
      <p>{children}</p>
    </Notice>
  );
}

export function CancelledRegistrationNotice() {
  return <Notice title="Your registration was cancelled" />;
}
