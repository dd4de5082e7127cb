import './claims-i18n';
import { useId } from 'react';
import { useT } from '../../i18n/use-t';

/**
 * Stops this tab's polling so the worker can go idle. Chromium stops a worker after 30 s without
 * events (kServiceWorkerDefaultIdleDelayInSeconds); the next message starts it again, with a fresh
 * memory: the lifecycle panel's "Started at" and counter show it.
 */
export function QuietSwitch({
  quiet,
  onChange,
}: {
  quiet: boolean;
  onChange: (quiet: boolean) => void;
}) {
  const t = useT();
  const id = useId();
  // The app's switch (toggles.css): a bare role="switch" checkbox got neither the switch's drawing
  // nor a radio's, and its label was squeezed into a one-word column beside the hint at 640 px.
  return (
    <div>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={quiet}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.checked)}
        />{' '}
        {t('sw.quiet')}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t('sw.quietHint')}
      </p>
    </div>
  );
}
