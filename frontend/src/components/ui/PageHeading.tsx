import type { ReactNode } from 'react';

/**
 * The page's one h1. Focusable by script (tabIndex -1) so that focus can move here after a route
 * change and a screen reader announces the new page.
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <h1 tabIndex={-1} data-page-heading="" className={className}>
      {children}
    </h1>
  );
}
