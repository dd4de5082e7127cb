import './said.css';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../store';
import type { Said } from './status-reader';

/**
 * A status text read back: words in the reader's language, and the browser's own words (a
 * DOMException's message) as the browser wrote them, marked as English and not for translation,
 * with a label that says whose words they are when the page is in another language.
 * https://html.spec.whatwg.org/multipage/dom.html#the-translate-attribute
 */
export function SaidText({ said }: { said: Said }) {
  const t = useT();
  const english = useAppStore((s) => s.settings.lang === 'en');
  return said.map((part, i) =>
    typeof part === 'string' ? (
      part
    ) : (
      <span key={i} className="browser-words" data-said="browser">
        {english ? null : <span className="browser-words__label">{t('log.browserWords')}</span>}
        <span lang="en" translate="no">
          {part.browser}
        </span>
      </span>
    ),
  );
}
