import { useSession } from '@/lib/session/use-session';
import { RestoringSession } from '../pages/RestoringSession';
import { AppShell } from './AppShell';
import { PublicLayout } from './PublicLayout';

/** For pages anyone may reach (404): inside the shell when signed in, so the navigation stays. */
export function AnyVisitorLayout() {
  const session = useSession();
  if (session.status === 'restoring') return <RestoringSession />;
  return session.status === 'signed-in' ? <AppShell /> : <PublicLayout />;
}
