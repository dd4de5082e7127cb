import './open-panel.css';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import type { PopupFeatures } from '../../lib/window-messaging/popup';

/** A position typed in the form, or the one beside this window when the field is empty. */
const at = (typed: string, beside: number) =>
  typed.trim() !== '' && Number.isFinite(Number(typed)) ? Number(typed) : beside;

export type OpenRequest = { name: string; features: PopupFeatures; sendAtOnce: string | null };

const SIZE = { width: 420, height: 560 };

/** The n-th popup (0-based) with the form's defaults: tiled just right of this window. */
export function defaultRequest(count: number): OpenRequest {
  const offset = count * 32;
  return {
    name: `comms-lab-popup-${count + 1}`,
    features: {
      ...SIZE,
      left: window.screenX + window.outerWidth + offset,
      top: window.screenY + offset,
      noopener: false,
      noreferrer: false,
    },
    sendAtOnce: null,
  };
}

/** Name and window features: by default the popup is placed just right of this window. */
export function OpenPanel({
  onOpen,
  count,
}: {
  onOpen: (request: OpenRequest) => void;
  count: number;
}) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [width, setWidth] = useState(SIZE.width);
  const [height, setHeight] = useState(SIZE.height);
  // Empty means "just right of this window", worked out when the popup opens.
  const [left, setLeft] = useState('');
  const [top, setTop] = useState('');
  const [noopener, setNoopener] = useState(false);
  const [noreferrer, setNoreferrer] = useState(false);
  const [atOnce, setAtOnce] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    // Tile beside the opener so a class sees both at once.
    const beside = defaultRequest(count);
    onOpen({
      name: name.trim() || beside.name,
      features: {
        width,
        height,
        left: at(left, beside.features.left),
        top: at(top, beside.features.top),
        noopener,
        noreferrer,
      },
      sendAtOnce: atOnce.trim() || null,
    });
  }

  const number = (label: string, value: number, set: (n: number) => void, key: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        min={200}
        max={2000}
        value={value}
        onChange={(e) => set(Number(e.target.value) || value)}
      />
    </div>
  );

  const position = (label: string, value: string, set: (v: string) => void, key: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        value={value}
        onChange={(e) => set(e.target.value)}
        placeholder={t('pop.auto')}
        aria-describedby={`${id}-where`}
      />
    </div>
  );

  // "Open popup" comes before the window features, so it stays on a 1280×720 projector's screen
  // (and in presenter mode) with the stage's other panel beside it; the features are for later.
  return (
    <form className="open-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('pop.windowName')}</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={`comms-lab-popup-${count + 1}`}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-once`}>{t('pop.sendAtOnce')}</label>
        <input
          id={`${id}-once`}
          value={atOnce}
          onChange={(e) => setAtOnce(e.target.value)}
          autoComplete="off"
        />
      </div>
      <button type="submit" className="button button--primary">
        {t('pop.open')}
      </button>
      <fieldset className="stacked">
        <legend>{t('pop.features')}</legend>
        {/* One row of four where the card is wide enough (a projector), two of two in a narrow
            window: the hint and the switches below stay on a 1280×720 screen. */}
        <div className="inline-fields open-form__box">
          {number(t('pop.width'), width, setWidth, 'w')}
          {number(t('pop.height'), height, setHeight, 'h')}
          {position(t('pop.left'), left, setLeft, 'l')}
          {position(t('pop.top'), top, setTop, 't')}
        </div>
        {/* What an empty position means is said once here, not in a placeholder too long for the
            field (a placeholder is no label: https://www.w3.org/WAI/tutorials/forms/instructions/). */}
        <p id={`${id}-where`} className="hint">
          {t('pop.positionHint')}
        </p>
        <div className="button-row">
          {(
            [
              ['noopener', noopener, setNoopener],
              ['noreferrer', noreferrer, setNoreferrer],
            ] as const
          ).map(([feature, checked, set]) => (
            <label key={feature} className="switch">
              <input
                role="switch"
                type="checkbox"
                checked={checked}
                onChange={(e) => set(e.target.checked)}
              />{' '}
              <span translate="no">{feature}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
