import { Fragment, useId } from 'react';
import type { T } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/dictionary';
import { COMPAT_BROWSERS, type CompatData } from '../../lib/compat-types';
import { liveCheck, thisBrowser } from '../../lib/compat-live';
import { LiveMark, SupportHead, SupportMark } from './support-cell';

type Props = {
  t: T;
  keys: readonly string[];
  data: CompatData;
  /** The mechanism's own feature check (`meta.canBeUsed()`), run in this browser. */
  usable: boolean;
  userAgent?: string;
};

/** A page's full table: each of its BCD keys in six browsers, with notes, beside the live check. */
/** A feature's key, breaking after a dot (<wbr>), never inside a name: "api.BroadcastChannel.
 * messageerror_event", not "messageerror_e|vent". */
function FeatureKey({ name }: { name: string }) {
  return (
    <code translate="no">
      {name.split('.').map((part, i) => (
        <Fragment key={i}>
          {i ? '.' : null}
          {i ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </code>
  );
}

export function SupportTable({ t, keys, data, usable, userAgent = navigator.userAgent }: Props) {
  const captionId = useId();
  const browser = thisBrowser(userAgent);
  const notes: { n: number; where: string; text: string }[] = [];
  const noteFor = (where: string, texts: readonly string[]) => {
    if (texts.length === 0) return undefined;
    const n = notes.length + 1;
    notes.push({ n, where, text: texts.join(' ') });
    return n;
  };
  return (
    <>
      <p>
        {t('compat.thisBrowser', {
          browser: browser ? `${browser.name} ${browser.version}` : t('compat.unknownBrowser'),
          usable: t(usable ? 'compat.usable' : 'compat.unusable'),
        })}
      </p>
      {/* Named by its caption: the section around it is already "Where it works", and two regions
          of one name are ambiguous in a screen reader's landmark list (axe landmark-unique). */}
      <div className="table-wrap" role="region" tabIndex={0} aria-labelledby={captionId}>
        <table className="data-table compat-table">
          <caption id={captionId}>{t('compat.caption', { version: data.version })}</caption>
          <SupportHead t={t} first={t('compat.feature')} />
          <tbody>
            {keys.map((key) => {
              const entry = data.entries[key];
              return (
                <tr key={key} data-compat={key}>
                  <th scope="row">
                    {entry?.mdn ? (
                      <a href={entry.mdn} target="_blank" rel="noreferrer">
                        <FeatureKey name={key} />
                      </a>
                    ) : (
                      <FeatureKey name={key} />
                    )}
                  </th>
                  {COMPAT_BROWSERS.map((b) => {
                    const support = entry?.support[b];
                    if (!support) return <td key={b}>—</td>;
                    const label = t(`compat.browser.${b}` as MessageKey);
                    return (
                      <td key={b} data-browser={b} data-state={support.state}>
                        <SupportMark
                          t={t}
                          support={support}
                          note={noteFor(`${label} · ${key}`, support.notes)}
                        />
                      </td>
                    );
                  })}
                  <td data-browser="here">
                    <LiveMark t={t} result={liveCheck(key)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {notes.length > 0 ? (
        <>
          <h3 className="compat-notes__title">{t('compat.notes')}</h3>
          <ol className="compat-notes" lang="en">
            {notes.map(({ n, where, text }) => (
              <li key={n} value={n}>
                <span translate="no">{where}</span>: {text}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
