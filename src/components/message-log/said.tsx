import './said.css';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../store';
import type { Said } from './said-part';

/**
 * A status text read back: words in the reader's language, and the browser's or the server's own
 * words (a DOMException's message, a refusal whose code the app does not know) as written, marked
 * as English and not for translation, with a label that says whose words they are when the page
 * is in another language. https://html.spec.whatwg.org/multipage/dom.html#the-translate-attribute
 */
export function SaidText({ said }: { said: Said }) {
  const t = useT();
  const english = useAppStore((s) => s.settings.lang === 'en');
  return said.map((part, i) => {
    if (typeof part === 'string') return part;
    const browser = 'browser' in part;
    return (
      <span key={i} className="browser-words" data-said={browser ? 'browser' : 'server'}>
        {english ? null : (
          <span className="browser-words__label">
            {t(browser ? 'log.browserWords' : 'log.serverWords')}
          </span>
        )}
        <span lang="en" translate="no">
          {browser ? part.browser : part.server}
        </span>
      </span>
    );
  });
}

// A placeholder for the said words inside a translated sentence (private use: no text holds it).
export const SAID_SLOT = '\uE002';

/** A sentence of the app's (`t(key, { reason: SAID_SLOT })`) with said words in its slot. */
export function SaidIn({ text, said }: { text: string; said: Said }) {
  const [before, after = ''] = text.split(SAID_SLOT);
  return (
    <>
      {before}
      <SaidText said={said} />
      {after}
    </>
  );
}
