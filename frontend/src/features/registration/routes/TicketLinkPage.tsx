import { Link, Navigate } from 'react-router';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import { hasRole, useAccount } from '@/lib/session/use-session';

/**
 * Where a ticket's QR code read by a phone's own camera leads. Its holder lands on their tickets; an organizer is
 * told to scan it on the event's door page, which knows the event it checks in for.
 */
export function TicketLinkPage() {
  useDocumentTitle('Ticket');
  const account = useAccount();
  if (!hasRole(account, 'ORGANIZER')) return <Navigate to="/tickets" replace />;
  return (
    <>
      <PageHeading>Ticket</PageHeading>
      <Notice title="Check this ticket in on the door page">
        <p>
          Open the event’s door page and scan the ticket there, or type the code under its QR code.{' '}
          <Link to="/organizer/events">Your events</Link>
        </p>
      </Notice>
    </>
  );
}
