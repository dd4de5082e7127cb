import { logFromPage } from '../../hooks/page-log';
import { useId, useState, type FormEvent } from 'react';
import { Notice, type Tone } from '../../components/notice';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/dictionary';
import { preview } from '../../lib/describe-value';
import { safeStorage, type StorageArea, type StorageFailure } from '../../lib/safe-storage';
import type { PeerRef } from '../../shared/envelope';
import { meta } from './meta';

type Props = {
  self: PeerRef;
  area: StorageArea;
  onAreaChange: (area: StorageArea) => void;
  storageKey: string;
  onKeyChange: (key: string) => void;
  onChanged: () => void;
};

/** A key/value editor over localStorage or sessionStorage; every write is logged with what it will cause. */
export function StorageEditor({
  self,
  area,
  onAreaChange,
  storageKey,
  onKeyChange,
  onChanged,
}: Props) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState('');
  const [result, setResult] = useState<{ tone: Tone; text: string } | null>(null);
  const areaName = area === 'local' ? 'localStorage' : 'sessionStorage';

  function record(summary: string, reasonKey: MessageKey, failure?: StorageFailure) {
    const reason = failure ? `${failure.name}: ${failure.message}` : t(reasonKey);
    logFromPage(meta.id, self, {
      direction: failure ? 'error' : 'sent',
      to: areaName,
      summary,
      reason,
      detail: { area: areaName },
    });
    setResult({
      tone: failure
        ? 'error'
        : reasonKey === 'se.note.sameValue' || reasonKey === 'se.note.session'
          ? 'warning'
          : 'success',
      text: failure
        ? t(failure.quota ? 'se.quotaError' : 'se.storageError', { name: failure.name })
        : reason,
    });
    onChanged();
  }

  function set(event: FormEvent) {
    event.preventDefault();
    if (!storageKey) return setResult({ tone: 'error', text: t('se.keyRequired') });
    const old = safeStorage.get(area, storageKey);
    const written = safeStorage.set(area, storageKey, value);
    const summary = `${areaName}.setItem(${preview(JSON.stringify(storageKey), 60)}, ${preview(JSON.stringify(value), 120)})`;
    if (!written.ok) return record(summary, 'se.note.other', written.error);
    const same = old.ok && old.value === value;
    record(
      summary,
      area === 'session' ? 'se.note.session' : same ? 'se.note.sameValue' : 'se.note.other',
    );
  }

  function remove() {
    if (!storageKey) return setResult({ tone: 'error', text: t('se.keyRequired') });
    const existed = safeStorage.get(area, storageKey);
    const removed = safeStorage.remove(area, storageKey);
    const summary = `${areaName}.removeItem(${preview(JSON.stringify(storageKey), 60)})`;
    if (!removed.ok) return record(summary, 'se.note.other', removed.error);
    record(
      summary,
      area === 'session'
        ? 'se.note.session'
        : existed.ok && existed.value === null
          ? 'se.note.absent'
          : 'se.note.removed',
    );
  }

  function clear() {
    const cleared = safeStorage.clear(area);
    const summary = `${areaName}.clear()`;
    if (!cleared.ok) return record(summary, 'se.note.other', cleared.error);
    record(summary, area === 'session' ? 'se.note.session' : 'se.note.clear');
  }

  return (
    <form className="editor" onSubmit={set}>
      <fieldset className="segmented">
        <legend>{t('se.area')}</legend>
        {(['local', 'session'] as const).map((a) => (
          <label key={a}>
            <input
              type="radio"
              name={`${id}-area`}
              checked={area === a}
              onChange={() => onAreaChange(a)}
            />
            {a === 'local' ? 'localStorage' : 'sessionStorage'}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-key`}>{t('se.key')}</label>
        <input
          id={`${id}-key`}
          value={storageKey}
          onChange={(e) => onKeyChange(e.target.value)}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-value`}>{t('se.value')}</label>
        <input
          id={`${id}-value`}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoComplete="off"
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t('se.setItem')}
        </button>
        <button type="button" className="button" onClick={remove}>
          {t('se.removeItem')}
        </button>
        <button type="button" className="button button--danger" onClick={clear}>
          {t('se.clear', { area: areaName })}
        </button>
      </div>
      {result ? <Notice tone={result.tone}>{result.text}</Notice> : null}
    </form>
  );
}
