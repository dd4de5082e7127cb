// A server page's instance: which one it talks to (any of the cluster's, picked here or reached by
// failover), and the proof that moving cost nothing: gaps, duplicates and where it resumed.
import './i18n';
import { useId } from 'react';
import { useInstances } from '../../hooks/use-instances';
import { useT } from '../../i18n/use-t';
import { usePlural } from '../../i18n/plural';

export type ResumeCounters = {
  gaps: number;
  duplicates: number;
  /** The id the last resume started from. */
  resumedFrom: string | null;
};

export function InstancePicker({
  counters,
  onChosen,
}: {
  counters: ResumeCounters;
  /** The page reconnects to the chosen instance. */
  onChosen: () => void;
}) {
  const t = useT();
  const plural = usePlural();
  const id = useId();
  const { picker, view, current, moves } = useInstances();
  const last = moves.at(-1);
  return (
    <div className="instance-picker" data-testid="instance-picker">
      {view?.clustered ? (
        <div className="field">
          <label htmlFor={`${id}-instance`}>{t('inst.pick')}</label>
          <select
            id={`${id}-instance`}
            value={current?.name ?? ''}
            onChange={(event) => {
              picker.choose(event.target.value);
              onChosen();
            }}
          >
            {view.instances.map((instance) => (
              <option key={instance.name} value={instance.name} disabled={!instance.alive}>
                {plural({ one: 'inst.optionOne', other: 'inst.option' }, instance.clients, {
                  name: instance.name,
                  health: instance.alive ? '' : t('inst.down'),
                })}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="hint">{t('inst.alone')}</p>
      )}
      {current && view?.clustered ? (
        <p data-testid="instance-current" data-instance={current.name}>
          {t('inst.using', { name: current.name, url: current.url })}
        </p>
      ) : null}
      <dl className="facts" aria-label={t('inst.counters')}>
        <div>
          <dt>{t('inst.gaps')}</dt>
          <dd data-testid="resume-gaps">{counters.gaps}</dd>
        </div>
        <div>
          <dt>{t('inst.duplicates')}</dt>
          <dd data-testid="resume-duplicates">{counters.duplicates}</dd>
        </div>
        <div>
          <dt>{t('inst.counters')}</dt>
          <dd data-testid="resume-from">
            {counters.resumedFrom === null
              ? t('inst.notResumed')
              : t('inst.resumed', { id: counters.resumedFrom, name: current?.name ?? '—' })}
          </dd>
        </div>
      </dl>
      {last ? (
        <p data-testid="instance-moved">
          {t('inst.moved', { from: last.from, to: last.to, why: t(`inst.why.${last.why}`) })}
        </p>
      ) : null}
    </div>
  );
}
