import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { AccountRoles, Role } from '@/lib/api/types';
import { organizerKeys } from './keys';

/** The account's roles with the organizer role granted or removed; an account keeps at least the attendee role. */
export function rolesWith(roles: readonly Role[], organizer: boolean): Role[] {
  const others = roles.filter((role) => role !== 'ORGANIZER');
  if (organizer) return [...others, 'ORGANIZER'];
  return others.length > 0 ? others : ['ATTENDEE'];
}

export async function setRoles(accountId: string, roles: Role[]): Promise<AccountRoles> {
  return bodyOf(await api.PUT('/api/v1/accounts/{accountId}/roles', { params: { path: { accountId } }, body: { roles } }));
}

/** Grants or removes the organizer role; the list of organizers is what changes. */
export function useSetOrganizer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ account, organizer }: { account: Pick<AccountRoles, 'id' | 'roles'>; organizer: boolean }) =>
      setRoles(account.id, rolesWith(account.roles, organizer)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizerKeys.list() }),
  });
}
