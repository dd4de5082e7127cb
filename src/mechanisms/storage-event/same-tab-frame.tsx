import './claims-i18n';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { watchStorageInFrame } from './transport';

type Heard = { count: number; key: string | null };

/** Text, never HTML, into the frame's own document. */
function showInFrame(frame: HTMLIFrameElement | null, text: string): void {
  const body = frame?.contentDocument?.body;
  if (body) body.textContent = text;
}

/**
 * A same-origin frame inside this tab: it does get the storage events of this window's writes,
 * because only the writing window itself is skipped. The frame is an about:blank document of this
 * origin; the page listens on its window and writes what it heard into it as text.
 */
export function SameTabFrame() {
  const t = useT();
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
      : t('se.frame.heard', { count: heard.count, key: String(heard.key) });

  // Mirror the count inside the frame, so the class sees it come from the frame itself.
  useEffect(() => showInFrame(frame.current, line), [line]);

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
