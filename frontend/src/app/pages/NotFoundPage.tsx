import { Link, useLocation } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { useDocumentTitle } from '@/lib/document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  const { pathname } = useLocation();
  return (
    <EmptyState title="Page not found" headingLevel={1} actions={<Link to="/">Go to home</Link>}>
      <p>
        There is no page at <code>{pathname}</code>. The link may be mistyped, or the page may have moved.
      </p>
    </EmptyState>
  );
}
