import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

const HEADING = '[data-page-heading]';

/**
 * After a client-side navigation, moves focus to the new page's heading so that keyboard and
 * screen-reader users start at the top of the new content (a full page load needs no help). A page
 * still loading (its code or its data) has no heading yet: focus waits on the main region, which
 * holds the progress, and moves to the heading when it appears, unless the user has moved on.
 */
export function useFocusHeadingOnNavigate(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return undefined;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>(HEADING);
    if (heading) {
      heading.focus();
      return undefined;
    }
    const main = document.getElementById('main');
    if (!main) return undefined;
    main.focus();
    const observer = new MutationObserver(() => {
      const appeared = main.querySelector<HTMLElement>(HEADING);
      if (!appeared) return;
      observer.disconnect();
      if (document.activeElement === main) appeared.focus();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
    };
  }, [pathname]);
}
