// The frames that are not chat: binary (ArrayBuffer, Blob), one over the server's limit, and a
// flood past the rate limit; what the socket still holds (bufferedAmount), and every close so far.
import { useId, useState } from 'react';
import { Notice } from '../../components/notice';
import type { T } from '../../i18n/use-t';
import { formatBytes } from '../../lib/describe-value';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import type { PeerRef } from '../../shared/envelope';
import { ClosesTable } from './closes-table';
import { meta } from './meta';
import type { WebSocketTransport, WsState } from './types';
import type { CloseRecord } from './use-websocket';

const envelope = createEnvelopeFactory(meta.id);

type Props = {
  t: T;
  transport: WebSocketTransport | undefined;
  state: WsState;
  /** The socket is open (from its status events). */
  open: boolean;
  me: PeerRef;
  echo: number | null;
  closes: CloseRecord[];
};

export function BinaryPanel({ t, transport, state, open, me, echo, closes }: Props) {
  const id = useId();
  const [flooded, setFlooded] = useState(false);
  return (
    <section className="panel" aria-labelledby={`${id}-binary`}>
      <h2 id={`${id}-binary`}>{t('ws.binaryTitle')}</h2>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={!open}
          onClick={() => transport?.sendBinary(new Uint8Array(1024).map((_, i) => i).buffer)}
        >
          {t('ws.sendArrayBuffer')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!open}
          onClick={() => transport?.sendBinary(new Blob(['abc']))}
        >
          {t('ws.sendBlob')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!open}
          onClick={() => transport?.send(envelope(me, 'chat', 'x'.repeat(70 * 1024)))}
        >
          {t('ws.sendOversize')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!open}
          onClick={() => {
            for (let i = 1; i <= 60; i++) transport?.send(envelope(me, 'chat', `flood ${i}`));
            setFlooded(true);
          }}
        >
          {t('ws.sendFlood')}
        </button>
      </div>
      {echo !== null ? <Notice tone="success">{t('ws.binaryEcho', { bytes: echo })}</Notice> : null}
      {flooded ? <Notice tone="info">{t('ws.floodNote')}</Notice> : null}
      <dl className="facts">
        <div>
          <dt>{t('ws.bufferedAmount')}</dt>
          <dd data-testid="buffered-amount">
            {formatBytes(state.bufferedAmount)}
            <br />
            <span className="hint">{t('ws.bufferedHint')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('ws.lastAck')}</dt>
          <dd>{state.lastAckMs === null ? '—' : `${state.lastAckMs.toFixed(1)} ms`}</dd>
        </div>
        <div>
          <dt>{t('ws.queued')}</dt>
          <dd data-testid="ws-queued">{state.queued}</dd>
        </div>
      </dl>
      <h3>{t('ws.closesTitle')}</h3>
      <ClosesTable t={t} closes={closes} />
    </section>
  );
}
