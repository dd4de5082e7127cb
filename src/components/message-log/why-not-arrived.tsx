import { use } from 'react';
import { registerMessages } from '../../i18n/dictionary';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../store';
import type { WhyNotArrived as Reasons } from '../../lib/mechanism-types';
import { LoadBoundary } from '../load-boundary';

// Why a message may not arrive: each mechanism lists its own reasons (its why-not-arrived.ts);
// this panel shows them beside a sent (or failed) entry. Loaded only when such an entry is opened.
const whyEn = { 'why.title': 'If it did not arrive' } as const;
const whyZh: Record<keyof typeof whyEn, string> = { 'why.title': '如果没有送达' };

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof whyEn, true> {}
}
registerMessages({ en: whyEn, 'zh-CN': whyZh });

// One promise per loader, so a re-render does not start the load again (React `use` needs that).
// A failed one stays until "Try again" forgets it: `use` throws its error to the boundary below.
const loaded = new WeakMap<Reasons, ReturnType<Reasons>>();
const load = (reasons: Reasons) => {
  let promise = loaded.get(reasons);
  if (!promise) loaded.set(reasons, (promise = reasons()));
  return promise;
};

/** The mechanism's reasons load in a chunk of their own: one that fails shows the failure box. */
export default function WhyNotArrived({ reasons }: { reasons: Reasons }) {
  const t = useT();
  return (
    <LoadBoundary what={t('log.whyFailed')} onRetry={() => loaded.delete(reasons)}>
      {() => <ReasonList reasons={reasons} />}
    </LoadBoundary>
  );
}

function ReasonList({ reasons }: { reasons: Reasons }) {
  const t = useT();
  const lang = useAppStore((s) => s.settings.lang);
  const list = use(load(reasons)).reasons[lang];
  if (list.length === 0) return null;
  return (
    <div className="why" data-testid="why-not-arrived">
      <h4>{t('why.title')}</h4>
      <ul>
        {list.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}
