import './hood.css';
import './hood-i18n';
import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../store';
import type { Hood, HoodEntry } from '../../lib/hood-types';
import { LoadFailed } from '../load-failed';
import { HoodDiagram } from './hood-diagram';
import { HoodHops } from './hood-hops';

export const HOOD_ANCHOR = 'under-the-hood';

type State =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; hood: Hood }
  | { status: 'failed'; error: unknown };

/**
 * "Under the hood": one step away from the stage, folded. The mechanism's hood.ts loads when
 * the section is first opened, so neither the first visit nor the page pays for it before.
 */
export function HoodSection({ entry }: { entry: HoodEntry }) {
  const t = useT();
  const lang = useAppStore((s) => s.settings.lang);
  const id = useId();
  const [state, setState] = useState<State>({ status: 'idle' });
  const fetchHood = () => {
    setState({ status: 'loading' });
    entry().then(
      ({ hood }) => setState({ status: 'ready', hood }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  };
  const load = () => {
    if (state.status === 'idle') fetchHood();
  };
  return (
    <section
      id={HOOD_ANCHOR}
      className="panel panel--wide folded-panel hood"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <details onToggle={(event) => event.currentTarget.open && load()}>
        <summary>
          <h2 id={`${id}-title`}>{t('hood.title')}</h2>
        </summary>
        {state.status === 'ready' ? (
          <>
            <p className="hood__summary">{state.hood.summary[lang]}</p>
            <div className="hood__body">
              <HoodDiagram hood={state.hood} lang={lang} t={t} />
              <HoodHops hood={state.hood} lang={lang} t={t} />
            </div>
            <p className="hint">{t('hood.inferenceHint')}</p>
          </>
        ) : state.status === 'failed' ? (
          <LoadFailed what={t('hood.failed')} error={state.error} onRetry={fetchHood} />
        ) : (
          <p role="status">{t('hood.loading')}</p>
        )}
      </details>
    </section>
  );
}
