import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { useDocumentTitle } from '@/lib/document-title';

/**
 * Needs no router, so that it can stand in for the whole app. A page that could not be fetched blames the
 * connection, not the server.
 */
export function SomethingWentWrong({ connectionLost = false }: { connectionLost?: boolean }) {
  const title = connectionLost ? 'This page could not be loaded' : 'Something went wrong';
  useDocumentTitle(title);
  return (
    <div role="alert">
      <EmptyState
        title={title}
        headingLevel={1}
        actions={
          <>
            <Button
              onClick={() => {
                window.location.reload();
              }}
            >
              Reload the page
            </Button>
            <a href="/">Go to home</a>
          </>
        }
      >
        {connectionLost ? (
          <p>You are offline, or the connection to Rounds dropped. Reload the page once the connection is back.</p>
        ) : (
          <p>This page ran into a problem on our side. Reloading usually fixes it; your data is safe.</p>
        )}
      </EmptyState>
    </div>
  );
}
