import { api, bodyOf } from '@/lib/api/client';
import type { AccountRoles } from '@/lib/api/types';

/** The account holding this address, if any: looked up once, when the organizer asks to grant it the role. */
export async function findAccountByEmail(email: string): Promise<AccountRoles | undefined> {
  const found = bodyOf(await api.GET('/api/v1/accounts', { params: { query: { email } } }));
  return found.items[0];
}
