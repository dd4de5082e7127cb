import type { ComponentProps } from 'react';
import { useT } from '../../i18n/use-t';
import { LoadBoundary, reloadable } from '../load-boundary';

// The flow view, the entry details and the resizing edge load when first wanted: the first visit
// does not pay for them. A chunk that does not load shows the app's failure box in its place,
// with "Try again".
const FlowView = reloadable(() => import('./flow-view'));
const LogDetail = reloadable(() => import('./log-detail'));
const LogResizer = reloadable(() => import('./log-resizer'));

export function LazyLogResizer(props: ComponentProps<typeof LogResizer.Component>) {
  const t = useT();
  return (
    <LoadBoundary
      sentence={(message) => t('log.resizerFailed', { message })}
      onRetry={LogResizer.retry}
    >
      {() => <LogResizer.Component {...props} />}
    </LoadBoundary>
  );
}

export function LazyFlowView(props: ComponentProps<typeof FlowView.Component>) {
  const t = useT();
  return (
    <LoadBoundary
      sentence={(message) => t('log.flowFailed', { message })}
      onRetry={FlowView.retry}
      loading={<p className="log-list__empty">…</p>}
    >
      {() => <FlowView.Component {...props} />}
    </LoadBoundary>
  );
}

/** An entry's details; its place keeps the detail's id and class while it loads or failed. */
export function LazyLogDetail(props: ComponentProps<typeof LogDetail.Component>) {
  const t = useT();
  return (
    <LoadBoundary
      sentence={(message) => t('log.detailFailed', { message })}
      onRetry={LogDetail.retry}
      loading={<div id={props.id} className="log-detail" />}
      id={props.id}
      className="log-detail"
    >
      {() => <LogDetail.Component {...props} />}
    </LoadBoundary>
  );
}
