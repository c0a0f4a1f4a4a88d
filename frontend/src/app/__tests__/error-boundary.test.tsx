import { render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../routing/ErrorBoundary';

function Broken(): never {
  throw new Error('render failed');
}

describe('ErrorBoundary', () => {
  it('replaces a crashed page with a way to reload', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });
});

describe('ErrorBoundary, when a page’s code could not be fetched', () => {
  it('blames the connection, not the server', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Unreachable = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://rounds.test/assets/Page-1a2b.js')),
    );
    render(
      <ErrorBoundary>
        <Suspense fallback="Loading">
          <Unreachable />
        </Suspense>
      </ErrorBoundary>,
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeInTheDocument();
    expect(screen.getByText(/You are offline, or the connection to Rounds dropped/)).toBeInTheDocument();
    expect(screen.queryByText(/on our side/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });
});
