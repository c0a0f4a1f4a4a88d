import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { useDocumentTitle } from '@/lib/document-title';

/** Needs no router, so that it can stand in for the whole app. */
export function SomethingWentWrong() {
  useDocumentTitle('Something went wrong');
  return (
    <div role="alert">
      <EmptyState
        title="Something went wrong"
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
        <p>This page ran into a problem on our side. Reloading usually fixes it; your data is safe.</p>
      </EmptyState>
    </div>
  );
}
