import { logFromPage } from '../../hooks/page-log';
import { useId, useMemo, useState } from 'react';
import { Notice, type Tone } from '../../components/notice';
import { useT } from '../../i18n/use-t';
import { readSetting, writeSetting } from '../../lib/safe-storage';
import type { PeerRef } from '../../shared/envelope';
import { meta } from './meta';
import { fillQuota, freeFilled, usedChars } from './quota';

const MEASURED_KEY = 'comms-lab:quota-measured-chars';
const chars = (n: number) => n.toLocaleString('en-US');

export function QuotaPanel({
  self,
  version,
  onChanged,
}: {
  self: PeerRef;
  version: number;
  onChanged: () => void;
}) {
  const t = useT();
  const id = useId();
  const [message, setMessage] = useState<{ tone: Tone; text: string } | null>(null);
  const [measured, setMeasured] = useState(
    () => Number(readSetting(MEASURED_KEY, '0', 'session')) || null,
  );
  // Reading every value costs time when storage is full: only when the page says it changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const used = useMemo(() => usedChars('local'), [version]);
  const log = (direction: 'error' | 'status', summary: string, reason?: string) =>
    logFromPage(meta.id, self, {
      direction,
      to: 'localStorage',
      summary,
      reason,
    });

  function fill() {
    const result = fillQuota('local');
    const total = usedChars('local');
    if (result.error?.quota && total !== null) {
      setMeasured(total);
      writeSetting(MEASURED_KEY, String(total), 'session');
      setMessage({
        tone: 'warning',
        text: t('se.quota.filled', {
          added: chars(result.addedChars),
          total: chars(total),
          name: result.error.name,
          ms: Math.round(result.ms),
        }),
      });
      log('error', `${result.error.name}: ${result.error.message}`, result.error.name);
    } else {
      setMessage({
        tone: 'error',
        text: t('se.storageError', { name: result.error?.name ?? 'Error' }),
      });
      log('error', result.error ? `${result.error.name}: ${result.error.message}` : 'fill stopped');
    }
    onChanged();
  }

  function free() {
    const removed = freeFilled('local');
    setMessage({ tone: 'success', text: t('se.quota.freed', { count: removed }) });
    log('status', t('se.quota.freed', { count: removed }));
    onChanged();
  }

  // No assumed limit: the meter appears once this browser's capacity was measured (Chromium's is
  // 5,242,880 characters; the "5 MiB" of older texts is half of it in the page's own units).
  return (
    <div className="quota">
      {used === null ? (
        <Notice tone="error">{t('se.unavailable')}</Notice>
      ) : measured === null ? (
        <p>{t('se.quota.unmeasured', { used: chars(used) })}</p>
      ) : (
        <>
          <label htmlFor={`${id}-meter`}>
            {t('se.quota.used', { used: chars(used), capacity: chars(measured) })}
          </label>
          <meter
            id={`${id}-meter`}
            min={0}
            max={measured}
            value={Math.min(used, measured)}
            high={measured * 0.8}
            optimum={0}
          >
            {chars(used)}
          </meter>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button button--danger" onClick={fill}>
          {t('se.quota.fill')}
        </button>
        <button type="button" className="button" onClick={free}>
          {t('se.quota.free')}
        </button>
      </div>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </div>
  );
}
