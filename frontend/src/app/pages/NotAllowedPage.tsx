import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { useDocumentTitle } from '@/lib/document-title';

export function NotAllowedPage() {
  useDocumentTitle('Not allowed');
  return (
    <EmptyState title="This page is not available to you" headingLevel={1} actions={<Link to="/">Go to home</Link>}>
      <p>
        This part of Rounds is for event organizers, and your account does not have that role. If you help run events,
        ask an organizer to give your account access.
      </p>
    </EmptyState>
  );
}
