import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { ConnectCode } from '@/lib/api/types';
import { connectionListKeys } from './keys';

/** Fetch a new code this long before the shown one expires, so a scan never meets a dead code. */
export const REFRESH_MARGIN_MS = 30_000;
/** Never ask more often than this, whatever the server's code lifetime. */
const MIN_REFRESH_MS = 10_000;
/** Nor less often than this, so a clock far off from the server's still gets a live code soon. */
const MAX_REFRESH_MS = 10 * 60_000;

export async function issueConnectCode(eventId: string): Promise<ConnectCode> {
  return bodyOf(await api.POST('/api/v1/events/{eventId}/connect-code', { params: { path: { eventId } } }));
}

/** How long to show a code before fetching the next: until shortly before it expires. */
export function refreshDelay(code: ConnectCode, now: number = Date.now()): number {
  const untilRenewal = Date.parse(code.expiresAt) - now - REFRESH_MARGIN_MS;
  return Math.min(MAX_REFRESH_MS, Math.max(MIN_REFRESH_MS, untilRenewal));
}

export const connectCodeQueryOptions = (eventId: string) =>
  queryOptions({
    queryKey: connectionListKeys.connectCode(eventId),
    queryFn: () => issueConnectCode(eventId),
    // Each code is short-lived: a fresh one on every visit, and a new one before this one expires.
    staleTime: 0,
    gcTime: 0,
    refetchInterval: (query) => (query.state.data ? refreshDelay(query.state.data) : false),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });

/** The caller's personal connect code at an event, kept fresh while shown. */
export function useConnectCode(eventId: string) {
  return useQuery(connectCodeQueryOptions(eventId));
}
