import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What failed, for the message: "the theme chart". */
  what: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** Keeps one failing part (a chart, a panel) from taking the page down, and offers to try it again. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Briefing Atlas: ${this.props.what} failed`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="rounded-lg border-2 border-error-border bg-error-bg p-4">
        <p className="font-semibold">Sorry, {this.props.what} could not be shown.</p>
        <p className="mt-1 text-sm text-muted">{error.message}</p>
        <button
          type="button"
          onClick={() => this.setState({ error: null })}
          className="mt-3 rounded-md border border-line bg-bg px-3 py-1.5 text-sm font-medium"
        >
          Try again
        </button>
      </div>
    );
  }
}
