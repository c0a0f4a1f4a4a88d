import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { isConnectionFailure } from '@/lib/api/error-message';
import { SomethingWentWrong } from '../pages/SomethingWentWrong';

interface ErrorBoundaryState {
  failed: boolean;
  /** The page's code or data could not be fetched (offline, a dropped connection), rather than a fault of ours. */
  connectionLost: boolean;
}

/** Catches a render error below it and shows a calm "reload" screen instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false, connectionLost: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failed: true, connectionLost: isConnectionFailure(error) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Rounds could not render this page', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <SomethingWentWrong connectionLost={this.state.connectionLost} /> : this.props.children;
  }
}

/** An error boundary that starts afresh when the user navigates elsewhere. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <ErrorBoundary key={pathname}>{children}</ErrorBoundary>;
}
