import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { LoadFailed } from './load-failed';

/**
 * A lazily loaded part that can be asked for again. `React.lazy` keeps a failed load's error for
 * good (every later render throws it again: https://react.dev/reference/react/lazy), so "Try
 * again" swaps in a fresh lazy component, whose first render imports the chunk anew. Read
 * `Component` at render time (`<Part.Component />`) to get the current one.
 */
export function reloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let current = lazy(load);
  return {
    get Component() {
      return current;
    },
    retry() {
      current = lazy(load);
    },
  };
}

/**
 * A part of a panel whose chunk may fail to load (offline after a deploy, a server restarted):
 * it shows the app's failure box in its place, with "Try again", instead of nothing, and keeps
 * the failure from taking the rest of the panel down with it (an error a render throws reaches
 * the nearest error boundary: https://react.dev/reference/react/Component#catching-rendering-errors-with-an-error-boundary).
 * `children` is a function, so a retry renders the part anew, with what `onRetry` reset.
 */
export function LoadBoundary({
  what,
  onRetry,
  loading = null,
  id,
  className,
  children,
}: {
  /** What did not load, as the failure box's sentence says it. */
  what: string;
  onRetry: () => void;
  loading?: ReactNode;
  /** The failure box's wrapper keeps the id and class the part would have had. */
  id?: string;
  className?: string;
  children: () => ReactNode;
}) {
  return (
    <ErrorBoundary
      resetKey=""
      fallback={(error, reset) => (
        <div id={id} className={`load-boundary${className ? ` ${className}` : ''}`}>
          <LoadFailed
            what={what}
            error={error}
            onRetry={() => {
              onRetry();
              reset();
            }}
          />
        </div>
      )}
    >
      <Suspense fallback={loading}>
        <Part render={children} />
      </Suspense>
    </ErrorBoundary>
  );
}

// A component of its own, so the render function runs when the boundary mounts its children again.
function Part({ render }: { render: () => ReactNode }) {
  return render();
}
