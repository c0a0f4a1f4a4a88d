import type { Account, SessionResponse } from '@/lib/api/types';

export function anAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: '6f1c2b8e-1d7a-4f55-9a57-6b1f0f6f2a01',
    email: 'maya.chen@example.org',
    displayName: 'Dr. Maya Chen',
    roles: ['ATTENDEE'],
    createdAt: '2025-01-15T10:00:00Z',
    ...overrides,
  };
}

export function aSession(account: Account = anAccount(), accessToken = 'access-token-1'): SessionResponse {
  return { accessToken, tokenType: 'Bearer', expiresIn: 900, account };
}
