import type { paths } from './schema';

/**
 * Names for the API's shapes, derived from operations rather than from component names so that
 * renaming a Java record on the server does not ripple through the SPA.
 */
export type SessionResponse = paths['/api/v1/auth/refresh']['post']['responses'][200]['content']['application/json'];
export type Account = paths['/api/v1/me']['get']['responses'][200]['content']['application/json'];
export type Role = Account['roles'][number];
export type SignupRequest = NonNullable<paths['/api/v1/auth/signup']['post']['requestBody']>['content']['application/json'];
export type LoginRequest = NonNullable<paths['/api/v1/auth/login']['post']['requestBody']>['content']['application/json'];
