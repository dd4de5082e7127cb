import './claims-i18n';
import './same-tab-frame.css';
import { useEffect, useId, useRef, useState } from 'react';
import { usePlural } from '../../i18n/plural';
import { useT } from '../../i18n/use-t';
import { watchStorageInFrame } from './transport';

type Heard = { count: number; key: string | null };

/**
 * Text, never HTML, into the frame's own document, which has no stylesheet of the app's: it got
 * the browser's serif in black, unreadable on the dark theme, and was cut at its 48 px. Its root
 * takes `light dark`, so its text is the canvas text of whichever scheme the frame is drawn in
 * (an iframe whose scheme differs from its element's gets an opaque canvas of its own:
 * https://drafts.csswg.org/css-color-adjust/#color-scheme-effect), and its height follows its text.
 */
function showInFrame(frame: HTMLIFrameElement | null, text: string): void {
  const doc = frame?.contentDocument;
  if (!frame || !doc?.body) return;
  doc.documentElement.style.colorScheme = 'light dark';
  doc.body.style.cssText = 'margin: 0; font: 0.875rem/1.4 system-ui, sans-serif; color: CanvasText';
  const line = doc.createElement('p');
  line.style.cssText = 'margin: 0; padding: 0.5rem';
  line.textContent = text;
  doc.body.replaceChildren(line);
  fitFrame(frame);
}

/**
 * The frame as tall as its line at its width (three lines in a 320 px window). Measured on the
 * line, not the root: about:blank is in quirks mode, where the body fills the frame and so never
 * shrinks (https://quirks.spec.whatwg.org/#the-body-element-fills-the-html-element-quirk).
 */
function fitFrame(frame: HTMLIFrameElement): void {
  const line = frame.contentDocument?.body?.firstElementChild;
  // Its own edges on top (the app sizes boxes by their border box).
  const edges = frame.offsetHeight - frame.clientHeight;
  if (line) frame.style.height = `${Math.ceil(line.getBoundingClientRect().height) + edges}px`;
}

/**
 * A same-origin frame inside this tab: it does get the storage events of this window's writes,
 * because only the writing window itself is skipped. The frame is an about:blank document of this
 * origin; the page listens on its window and writes what it heard into it as text.
 */
export function SameTabFrame() {
  const t = useT();
  const plural = usePlural();
  const id = useId();
  const frame = useRef<HTMLIFrameElement>(null);
  const [heard, setHeard] = useState<Heard>({ count: 0, key: null });

  useEffect(() => {
    const win = frame.current?.contentWindow;
    if (!win) return;
    return watchStorageInFrame(win, (key) => setHeard((h) => ({ count: h.count + 1, key })));
  }, []);

  const line =
    heard.count === 0
      ? t('se.frame.none')
      : plural({ one: 'se.frame.heardOne', other: 'se.frame.heard' }, heard.count, {
          key: String(heard.key),
        });

  // Mirror the count inside the frame, so the class sees it come from the frame itself.
  useEffect(() => showInFrame(frame.current, line), [line]);
  // A narrower window wraps the text to more lines: the frame grows with it.
  useEffect(() => {
    const el = frame.current;
    // Every browser the app supports has ResizeObserver; a test's DOM (jsdom) does not.
    if (!el || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => fitFrame(el));
    observer.observe(el, { box: 'border-box' });
    return () => observer.disconnect();
  }, []);

  return (
    <div className="same-tab-frame">
      <p className="hint" id={id}>
        {t('se.claim.frame')}
      </p>
      <iframe ref={frame} title={t('se.frame.title')} aria-describedby={id} height={48} />
      <p role="status">{line}</p>
    </div>
  );
}
