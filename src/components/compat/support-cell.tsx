import type { T } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/dictionary';
import { COMPAT_BROWSERS, type CompatSupport } from '../../lib/compat-types';
import type { LiveResult } from '../../lib/compat-live';

// A mark beside every word, so colour is never the only signal (and the word is always there).
const MARK: Record<CompatSupport['state'], string> = {
  yes: '✓',
  partial: '◐',
  no: '✕',
  removed: '✕',
  unknown: '?',
};
const LIVE_MARK: Record<LiveResult, string> = {
  yes: '✓',
  no: '✕',
  'workers-only': '–',
  'not-checkable': '–',
};

export function supportText(
  t: T,
  support: Pick<CompatSupport, 'state' | 'since' | 'until' | 'flagOnly'>,
) {
  if (support.flagOnly) return t('compat.state.flag');
  const version = support.state === 'removed' ? support.until : support.since;
  return t(`compat.state.${support.state}` as MessageKey, { version: version ?? '?' });
}

export function SupportMark({
  t,
  support,
  note,
}: {
  t: T;
  support: Pick<CompatSupport, 'state' | 'since' | 'until' | 'flagOnly'>;
  note?: number;
}) {
  // Each phrase whole, the mark with the first: "✓ 自 15.4 起" wrapped onto three lines in a
  // 427 px window's table. A longer text ("partial, since 15.4") may still break after a comma:
  // the space after it (the split's separators) stays outside the phrases, where lines may break.
  const [first, ...rest] = supportText(t, support).split(/(?<=[,，])(\s*)/);
  return (
    <span className={`compat-mark compat-mark--${support.state}`}>
      <span className="compat-mark__whole">
        <span aria-hidden="true">{MARK[support.state]}</span> {first}
      </span>
      {rest.map((part, i) =>
        i % 2 ? (
          <span key={i} className="compat-mark__whole">
            {part}
          </span>
        ) : (
          part
        ),
      )}
      {note ? (
        <span className="compat-mark__note"> [{t('compat.noteRef', { n: note })}]</span>
      ) : null}
    </span>
  );
}

export function LiveMark({ t, result }: { t: T; result: LiveResult }) {
  return (
    <span className={`compat-mark compat-mark--live-${result}`}>
      <span aria-hidden="true">{LIVE_MARK[result]}</span> {t(`compat.live.${result}` as MessageKey)}
    </span>
  );
}

/** The header row both support tables share: their first column, six browsers, this browser. */
export function SupportHead({ t, first }: { t: T; first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {COMPAT_BROWSERS.map((b) => (
          <th key={b} scope="col">
            {t(`compat.browser.${b}` as MessageKey)}
          </th>
        ))}
        <th scope="col">{t('compat.here')}</th>
      </tr>
    </thead>
  );
}
