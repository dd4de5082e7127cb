import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import type { PeerRef } from '../../shared/envelope';
import type { LockQueue } from './protocol';

/** The leader lock as navigator.locks.query() reports it: who holds it, who waits, in order. */
export function QueuePanel({ queue, self }: { queue: LockQueue; self: PeerRef }) {
  const t = useT();
  const id = useId();
  const mark = (name: string) => (name === self.name ? `${name} ${t('wl.thisTab')}` : name);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('wl.queueTitle')}</h2>
      <p className="hint">{t('wl.queueHint')}</p>
      <dl className="facts">
        <dt>{t('wl.heldBy')}</dt>
        <dd data-testid="lock-holder">{queue.holder ? mark(queue.holder) : t('wl.nobody')}</dd>
      </dl>
      <h3 id={`${id}-waiting`}>{t('wl.waiting')}</h3>
      <ol aria-labelledby={`${id}-waiting`}>
        {queue.pending.map((name, index) => (
          <li key={`${index}-${name}`}>{mark(name)}</li>
        ))}
      </ol>
    </section>
  );
}
