// Classroom mode: the join code a tab must give, and the LAN address with its QR code.
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { encode } from 'uqr';
import { readJoinCode, writeJoinCode } from '../../lib/join-code';
import { serverApi } from '../../lib/server-api';
import { useT } from '../../i18n/use-t';
import { Notice } from '../notice';
export function JoinCode() {
  const t = useT();
  const id = useId();
  const [saved] = useState(readJoinCode);
  const [draft, setDraft] = useState(saved);
  const check = useQuery({
    queryKey: ['join-check', saved],
    queryFn: () => serverApi.joinCheck(saved),
    enabled: saved !== '',
  });
  if (saved && check.isSuccess)
    return <Notice tone="success">{t('srv.joinOk', { code: saved })}</Notice>;
  return (
    <form
      className="panel join-code"
      onSubmit={(event) => {
        event.preventDefault();
        writeJoinCode(draft);
        // Every connection on the page opens again, now with the code.
        window.location.reload();
      }}
    >
      {saved && check.isError ? (
        <Notice tone="error">{t('srv.joinWrong')}</Notice>
      ) : (
        <Notice tone="warning">{t('srv.joinNeeded')}</Notice>
      )}
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('srv.joinLabel')}</label>
          <input
            id={`${id}-code`}
            value={draft}
            autoComplete="off"
            onChange={(e) => setDraft(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={!draft.trim()}>
          {t('srv.join')}
        </button>
      </div>
    </form>
  );
}

/** A QR code as SVG squares (one path), for the classroom URL. */
function QrCode({ url, label }: { url: string; label: string }) {
  const { size, data } = encode(url, { border: 2 });
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg className="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label}>
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

export function LanPanel({ url }: { url: string }) {
  const t = useT();
  return (
    <div className="lan" data-testid="lan">
      <h3>{t('srv.lanTitle')}</h3>
      <p className="lan__url">{url}</p>
      <QrCode url={url} label={t('srv.qr', { url })} />
      <p className="hint">{t('srv.lanHint')}</p>
    </div>
  );
}
