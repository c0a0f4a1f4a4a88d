import type { Account } from '@/lib/api/types';
import { OFFLINE_CACHE } from './cache-names';

/*
 * What this device keeps of the signed-in account so its tickets open without a connection: the ticket responses
 * (cached by the service worker, see vite.config.ts) and the account they belong to (written here). All of it is in
 * one Cache Storage cache, deleted when the session ends, so the next person on this device finds nothing.
 */

/** Where the account rests in the cache; never requested over the network. */
const ACCOUNT_KEY = '/offline/account';

function cacheStorage(): CacheStorage | undefined {
  return 'caches' in globalThis ? globalThis.caches : undefined;
}

/** Keeps the account for an offline start; another account's cached tickets go first. */
export async function rememberAccount(account: Account): Promise<void> {
  const storage = cacheStorage();
  if (!storage) return;
  const previous = await rememberedAccount();
  if (previous && previous.id !== account.id) await storage.delete(OFFLINE_CACHE);
  const cache = await storage.open(OFFLINE_CACHE);
  await cache.put(ACCOUNT_KEY, Response.json(account));
}

/** The account this device was last signed in as, while its session has not ended. */
export async function rememberedAccount(): Promise<Account | undefined> {
  const stored = await cacheStorage()?.match(ACCOUNT_KEY, { cacheName: OFFLINE_CACHE });
  return stored ? ((await stored.json()) as Account) : undefined;
}

/** Deletes the account and its tickets from this device. */
export async function forgetAccount(): Promise<void> {
  await cacheStorage()?.delete(OFFLINE_CACHE);
}
