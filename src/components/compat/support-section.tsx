import './compat.css';
import './compat-i18n';
import '../hood/hood.css';
import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { LoadFailed } from '../load-failed';
import { SupportTable } from './support-table';
import { useCompatData } from './use-compat-data';

export const SUPPORT_ANCHOR = 'where-it-works';

/** A page's "Where it works", folded under the stage; its data loads when first opened. */
export function SupportSection({ keys, usable }: { keys: readonly string[]; usable: boolean }) {
  const t = useT();
  const id = useId();
  // Opened at once when a link leads here (the comparison table's names do).
  const [opened, setOpened] = useState(() => window.location.hash === `#${SUPPORT_ANCHOR}`);
  const state = useCompatData(opened);
  return (
    <section
      id={SUPPORT_ANCHOR}
      className="panel panel--wide folded-panel"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <details
        open={opened || undefined}
        onToggle={(event) => event.currentTarget.open && setOpened(true)}
      >
        <summary>
          <h2 id={`${id}-title`}>{t('compat.title')}</h2>
        </summary>
        {state.status === 'ready' ? (
          <SupportTable t={t} keys={keys} data={state.data} usable={usable} />
        ) : state.status === 'failed' ? (
          <LoadFailed what={t('compat.failed')} error={state.error} onRetry={state.retry} />
        ) : (
          <p role="status">{t('compat.loading')}</p>
        )}
      </details>
    </section>
  );
}
