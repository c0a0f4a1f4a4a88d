import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { sessionStore } from '@/lib/session/session-store';
import { server } from './server';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStore.reset();
});

afterAll(() => {
  server.close();
});
