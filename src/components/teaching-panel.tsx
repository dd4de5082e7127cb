import './mechanism-header.css';
import { useId } from 'react';
import type { MessageKey } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';

/** Where the comparison table's teaching cells lead (`/m/<id>#what-to-notice`). */
export const TEACHING_ANCHOR = 'what-to-notice';

/**
 * A page's "What to notice": the points a class should take away, one per key. Folded by default,
 * so the stage keeps the screen; open when a link leads here (`#what-to-notice`).
 */
export function TeachingPanel({ points }: { points: readonly MessageKey[] }) {
  const t = useT();
  const id = useId();
  const linked = window.location.hash === `#${TEACHING_ANCHOR}`;
  return (
    <section
      id={TEACHING_ANCHOR}
      className="panel panel--wide teaching-panel"
      aria-labelledby={id}
      tabIndex={-1}
    >
      <details open={linked}>
        <summary>
          <h2 id={id}>{t('page.noticeTitle')}</h2>
        </summary>
        <ul className="teaching">
          {points.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
