import type { ComponentType, ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { LoadBoundary, reloadable } from '../load-boundary';

type Failed = 'log.resizerFailed' | 'log.flowFailed' | 'log.detailFailed';
/** What stands in the part's place while it loads, and the id and class a failure box keeps. */
type Place = { loading?: ReactNode; id?: string; className?: string };

/**
 * A part of the log that loads when first wanted: the first visit does not pay for it. A chunk
 * that does not load shows the app's failure box in its place (`failed` says what failed), with
 * "Try again".
 */
function lazyPart<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  failed: Failed,
  place: (props: P) => Place = () => ({}),
) {
  const part = reloadable(load);
  return function LazyPart(props: P) {
    const t = useT();
    const { loading = null, id, className } = place(props);
    return (
      <LoadBoundary
        what={t(failed)}
        onRetry={part.retry}
        loading={loading}
        id={id}
        className={className}
      >
        {/* Read at each try: "Try again" swaps in a fresh lazy component. */}
        {() => <part.Component {...props} />}
      </LoadBoundary>
    );
  };
}

export const LazyLogResizer = lazyPart(() => import('./log-resizer'), 'log.resizerFailed');
export const LazyFlowView = lazyPart(
  () => import('./flow-view'),
  'log.flowFailed',
  () => ({
    loading: <p className="log-list__empty">…</p>,
  }),
);
/** An entry's details; its place keeps the detail's id and class while it loads or failed. */
export const LazyLogDetail = lazyPart(
  () => import('./log-detail'),
  'log.detailFailed',
  ({ id }) => ({
    loading: <div id={id} className="log-detail" />,
    id,
    className: 'log-detail',
  }),
);
