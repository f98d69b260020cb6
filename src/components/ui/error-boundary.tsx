import type { ReactNode } from 'react';
import { ErrorBoundary as Boundary, type FallbackProps } from 'react-error-boundary';

interface ErrorBoundaryProps {
  /** What failed, for the message: "the theme chart". */
  what: string;
  children: ReactNode;
}

/**
 * Keeps one failing part (a chart, a panel) from taking the page down, and offers to try it again. The catching
 * and resetting are react-error-boundary's (docs/decisions/014-well-kept-libraries.md); the message is ours.
 */
export function ErrorBoundary({ what, children }: ErrorBoundaryProps) {
  return (
    <Boundary
      fallbackRender={(props) => <Fallback what={what} {...props} />}
      onError={(error, info) => console.error(`Briefing Atlas: ${what} failed`, error, info.componentStack)}
    >
      {children}
    </Boundary>
  );
}

function Fallback({ what, error, resetErrorBoundary }: FallbackProps & { what: string }) {
  return (
    <div role="alert" className="rounded-lg border-2 border-error-border bg-error-bg p-4">
      <p className="font-semibold">Sorry, {what} could not be shown.</p>
      <p className="mt-1 text-sm text-muted">{error instanceof Error ? error.message : String(error)}</p>
      <button
        type="button"
        onClick={() => resetErrorBoundary()}
        className="mt-3 rounded-md border border-line bg-bg px-3 py-1.5 text-sm font-medium"
      >
        Try again
      </button>
    </div>
  );
}
