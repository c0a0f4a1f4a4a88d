import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '@/lib/session/use-session';
import { RestoringSession } from '../pages/RestoringSession';

/** Where RequireAuth stopped the user, if it did; only same-app paths are honoured. */
function intendedPath(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('from' in state)) return '/';
  const from = state.from as Partial<Record<'pathname' | 'search' | 'hash', unknown>> | null;
  if (typeof from?.pathname !== 'string' || !from.pathname.startsWith('/')) return '/';
  const search = typeof from.search === 'string' ? from.search : '';
  const hash = typeof from.hash === 'string' ? from.hash : '';
  return `${from.pathname}${search}${hash}`;
}

/** Sign-in and sign-up pages: a signed-in user goes on to where they meant to go, or home. */
export function GuestOnly() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <RestoringSession />;
  if (session.status === 'signed-in') return <Navigate to={intendedPath(location.state)} replace />;
  return <Outlet />;
}
