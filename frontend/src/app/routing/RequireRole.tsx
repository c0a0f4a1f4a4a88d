import { Outlet } from 'react-router';
import type { Role } from '@/lib/api/types';
import { hasRole, useAccount } from '@/lib/session/use-session';
import { NotAllowedPage } from '../pages/NotAllowedPage';

/** Shows the nested routes only to accounts holding the role; others get a friendly refusal. */
export function RequireRole({ role }: { role: Role }) {
  const account = useAccount();
  return hasRole(account, role) ? <Outlet /> : <NotAllowedPage />;
}
