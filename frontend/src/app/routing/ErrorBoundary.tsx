import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { SomethingWentWrong } from '../pages/SomethingWentWrong';

interface ErrorBoundaryState {
  failed: boolean;
}

/** Catches a render error below it and shows a calm "reload" screen instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Rounds could not render this page', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <SomethingWentWrong /> : this.props.children;
  }
}

/** An error boundary that starts afresh when the user navigates elsewhere. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <ErrorBoundary key={pathname}>{children}</ErrorBoundary>;
}
