import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { SessionResponse } from '@/lib/api/types';
import { sessionStore } from '@/lib/session/session-store';
import { AppRoutes } from '../AppRoutes';
import { AppProviders } from '../providers';
import { createQueryClient } from '../query-client';

/**
 * Renders the whole app at a route. With a session the user is already signed in; without one
 * the app starts as after a page load and asks /auth/refresh, which the test must answer.
 */
export function renderApp({ route = '/', session }: { route?: string; session?: SessionResponse } = {}) {
  if (session) sessionStore.start(session);
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[route]}>
      <AppProviders queryClient={createQueryClient()}>
        <AppRoutes />
      </AppProviders>
    </MemoryRouter>,
  );
  return { ...result, user };
}
