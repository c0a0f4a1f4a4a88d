import { useEffect } from 'react';

export const PRODUCT_NAME = 'Rounds';

/** Sets the tab's title to "<page> · Rounds" while the calling page is shown. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} · ${PRODUCT_NAME}`;
  }, [page]);
}
