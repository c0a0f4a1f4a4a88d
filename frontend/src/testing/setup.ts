import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { sessionStore } from '@/lib/session/session-store';
import { server } from './server';

// Searches wait for typing to pause, and CI shares two cores: give findBy* more than the default second.
configure({ asyncUtilTimeout: 3000 });

// jsdom has <dialog> but not its methods; these do what the components rely on.
Object.assign(HTMLDialogElement.prototype, {
  showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  },
  close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  },
});

// jsdom has no object URLs; photos and previews only need a stable, readable one per blob.
let objectUrls = 0;
Object.assign(URL, {
  createObjectURL: (blob: Blob) => `blob:test/${blob.type}/${String(++objectUrls)}`,
  revokeObjectURL: () => undefined,
});

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
