import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { DevMailbox } from '@/lib/api/types';
import { mailboxKeys } from './keys';

/** What the embedded SMTP server received (dev only), newest first. */
export async function getMailbox(): Promise<DevMailbox> {
  return bodyOf(await api.GET('/api/v1/dev/mailbox', { params: { query: { limit: 100 } } }));
}

export const mailboxQueryOptions = () =>
  queryOptions({ queryKey: mailboxKeys.list(), queryFn: getMailbox, refetchInterval: 3000 });

export function useMailbox() {
  return useQuery(mailboxQueryOptions());
}
