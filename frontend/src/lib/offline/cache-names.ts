// Shared by the service worker's build (vite.config.ts) and the SPA, so both name the same cache and path.

/** The one Cache Storage cache holding the signed-in account's data; deleted when the session ends. */
export const OFFLINE_CACHE = 'rounds-signed-in-account';

/** The API path whose answers the service worker keeps: the caller's tickets, any query. */
export const TICKETS_PATH = '/api/v1/me/registrations';
