import { useId } from 'react';
import { MoreText } from '../../components/more-text';
import { Notice } from '../../components/notice';
import { useT } from '../../i18n/use-t';
import { readFacts } from './facts';

const BREAKS = ['sm.break.opener', 'sm.break.frames', 'sm.break.sw', 'sm.break.nav'] as const;

/** What this document reports about its isolation, and what isolating every page would break. */
export function IsolationPanel() {
  const t = useT();
  const id = useId();
  const facts = readFacts();
  const yes = (value: boolean) => (value ? t('sm.yes') : t('sm.no'));
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sm.factsTitle')}</h2>
      <dl className="facts" data-stage-primary="">
        <dt translate="no">{t('sm.fact.coi')}</dt>
        <dd data-testid="cross-origin-isolated" data-value={facts.crossOriginIsolated}>
          {yes(facts.crossOriginIsolated)}
        </dd>
        <dt>{t('sm.fact.sab')}</dt>
        <dd>{yes(facts.sharedArrayBuffer)}</dd>
        <dt>{t('sm.fact.secure')}</dt>
        <dd>{yes(facts.secureContext)}</dd>
        <dt translate="no">{t('sm.fact.waitAsync')}</dt>
        <dd>{yes(facts.waitAsync)}</dd>
      </dl>
      {facts.crossOriginIsolated ? null : <Notice tone="warning">{t('sm.notIsolated')}</Notice>}
      {/* What isolating every page would break: teaching text, one step away from the stage. */}
      <MoreText summary={t('sm.whyOnly')}>
        <ul>
          {BREAKS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </MoreText>
    </section>
  );
}
