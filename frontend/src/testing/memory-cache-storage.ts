/**
 * Cache Storage as browsers keep it, in memory, for jsdom (which has none): the calls lib/offline makes, keyed by
 * URL as the real one is. Install per test with vi.stubGlobal('caches', new MemoryCacheStorage()).
 */
export class MemoryCacheStorage {
  private readonly caches = new Map<string, Map<string, Response>>();

  open(name: string): Promise<Pick<Cache, 'put' | 'match'>> {
    const entries = this.caches.get(name) ?? new Map<string, Response>();
    this.caches.set(name, entries);
    return Promise.resolve({
      put: (request: RequestInfo | URL, response: Response) => {
        entries.set(keyOf(request), response);
        return Promise.resolve();
      },
      match: (request: RequestInfo | URL) => Promise.resolve(entries.get(keyOf(request))?.clone()),
    });
  }

  match(request: RequestInfo | URL, options?: { cacheName?: string }): Promise<Response | undefined> {
    const names = options?.cacheName ? [options.cacheName] : [...this.caches.keys()];
    const found = names.map((name) => this.caches.get(name)?.get(keyOf(request))).find(Boolean);
    return Promise.resolve(found?.clone());
  }

  has(name: string): Promise<boolean> {
    return Promise.resolve(this.caches.has(name));
  }

  delete(name: string): Promise<boolean> {
    return Promise.resolve(this.caches.delete(name));
  }
}

function keyOf(request: RequestInfo | URL): string {
  const url = request instanceof Request ? request.url : request.toString();
  return new URL(url, window.location.origin).href;
}
