import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '@/lib/session/use-session';
import { RestoringSession } from '../pages/RestoringSession';

/**
 * Lets signed-in users through. Others go to sign in: after choosing to sign out, with a
 * confirmation; otherwise remembering where they were going, and saying if their session ended.
 */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <RestoringSession />;
  if (session.status === 'signed-out') {
    const state =
      session.reason === 'signed-out' ? { signedOut: true } : { from: location, expired: session.reason === 'expired' };
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet />;
}
