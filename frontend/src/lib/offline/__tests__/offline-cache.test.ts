import { anAccount } from '@/testing/fixtures';
import { MemoryCacheStorage } from '@/testing/memory-cache-storage';
import { OFFLINE_CACHE, TICKETS_PATH } from '../cache-names';
import { forgetAccount, rememberAccount, rememberedAccount } from '../offline-cache';

const maya = anAccount({ id: '6f1c2b8e-1d7a-4f55-9a57-6b1f0f6f2a01', displayName: 'Dr. Maya Chen' });
const ravi = anAccount({ id: '9a0e7c55-3b1d-4c2e-8f60-2d4b6a8c0e13', displayName: 'Dr. Ravi Shah' });
let storage: MemoryCacheStorage;

async function cacheTicketsAnswer(body: string) {
  const cache = await storage.open(OFFLINE_CACHE);
  await cache.put(`${TICKETS_PATH}?past=false&limit=20`, new Response(body));
}

async function cachedTickets(): Promise<string | undefined> {
  return (await storage.match(`${TICKETS_PATH}?past=false&limit=20`, { cacheName: OFFLINE_CACHE }))?.text();
}

beforeEach(() => {
  storage = new MemoryCacheStorage();
  vi.stubGlobal('caches', storage);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('offline cache', () => {
  it('keeps the signed-in account beside its tickets', async () => {
    await cacheTicketsAnswer('maya’s tickets');
    await rememberAccount(maya);

    expect(await rememberedAccount()).toEqual(maya);
    expect(await cachedTickets()).toBe('maya’s tickets');
  });

  it('drops the tickets of the account signed in before when another signs in', async () => {
    await rememberAccount(maya);
    await cacheTicketsAnswer('maya’s tickets');

    await rememberAccount(ravi);

    expect(await rememberedAccount()).toEqual(ravi);
    expect(await cachedTickets()).toBeUndefined();
  });

  it('forgets the account and its tickets', async () => {
    await rememberAccount(maya);
    await cacheTicketsAnswer('maya’s tickets');

    await forgetAccount();

    expect(await rememberedAccount()).toBeUndefined();
    expect(await cachedTickets()).toBeUndefined();
  });
});
