import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { registerSW } from 'virtual:pwa-register';
import '@/styles/global.css';
import { AppRoutes } from './AppRoutes';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { ErrorBoundary } from './routing/ErrorBoundary';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The service worker keeps the app shell and the signed-in account's tickets for use without a connection. A new
// version takes over at once and reloads open pages, so no tab keeps running code the server no longer has.
registerSW({ immediate: true });

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <BrowserRouter>
        <AppProviders queryClient={createQueryClient()}>
          <AppRoutes />
        </AppProviders>
      </BrowserRouter>
    </ErrorBoundary>
  </StrictMode>,
);
