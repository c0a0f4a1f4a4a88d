export const myRegistrationKeys = {
  all: ['my-registrations'] as const,
  tickets: (past: boolean) => [...myRegistrationKeys.all, 'tickets', { past }] as const,
  atEvent: (eventId: string) => [...myRegistrationKeys.all, 'event', eventId] as const,
};
