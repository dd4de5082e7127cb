// The break-it switch of the cluster (issue 15, docs/scaling.md): chat rooms over plain Redis
// pub/sub instead of Streams, for every instance. Shown only when the server reports a Redis hub.
// The count of lost messages is the page's own: gaps the ids showed (they grow by exactly one).
// A checkbox with role="switch" is announced as on/off (https://www.w3.org/TR/wai-aria-1.2/#switch).
import './i18n';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Notice } from '../notice';
import { readServerWords } from '../message-log/reason';
import { SAID_SLOT, SaidIn } from '../message-log/said';
import { serverApi } from '../../lib/server-api';
import { useT } from '../../i18n/use-t';

type Transport = { mode?: string };

export function TransportSwitch({ lost }: { lost: number }) {
  const t = useT();
  const id = useId();
  const info = useQuery({
    queryKey: ['server-info', 'transport'],
    queryFn: () => serverApi.info(),
    refetchInterval: 3000,
  });
  const backplane = (info.data as { backplane?: { kind?: string; transport?: Transport } })
    ?.backplane;
  const change = useMutation({
    mutationFn: (mode: 'streams' | 'pubsub') => serverApi.setTransport(mode),
    onSuccess: () => void info.refetch(),
  });
  if (backplane?.kind !== 'redis') return null;
  const on = (change.isSuccess ? change.data.mode : backplane.transport?.mode) === 'pubsub';
  return (
    <div className="transport-switch" data-testid="transport-switch">
      {/* The app's switch (toggles.css), as everywhere else: a bare role="switch" checkbox was
          drawn as neither a switch nor a checkbox. */}
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          aria-describedby={`${id}-hint`}
          checked={on}
          disabled={change.isPending}
          onChange={(event) => change.mutate(event.target.checked ? 'pubsub' : 'streams')}
        />{' '}
        {t('inst.pubsub')}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t('inst.pubsubHint')}
      </p>
      <p aria-live="polite" data-testid="transport-lost">
        {t('inst.lost', { n: lost })}
      </p>
      {change.isError ? (
        <Notice tone="error">
          <SaidIn
            text={t('inst.pubsubFailed', { reason: SAID_SLOT })}
            said={readServerWords(t, change.error.message)}
          />
        </Notice>
      ) : null}
    </div>
  );
}
