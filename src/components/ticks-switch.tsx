import { registerTextSource } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';

// The switch that brings the server clock's ticks back into the shared log (hooks/use-tick-filter).
export const ticksEn = {
  'ticks.switch': 'Clock ticks in the log (one every 2 s)',
  'ticks.hint': 'The page counts them either way; the log leaves them out unless this is on.',
} as const;

declare module '../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof ticksEn, true> {}
}

// Chinese loads with the Chinese dictionary, not on every first visit.
registerTextSource({ en: ticksEn, load: { 'zh-CN': () => import('./ticks-switch.zh-cn') } });

type Props = { checked: boolean; onChange: (checked: boolean) => void };

/** A real checkbox drawn as a switch: Space flips it, and it is announced as a switch. */
export function TicksSwitch({ checked, onChange }: Props) {
  const t = useT();
  return (
    <>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
        />{' '}
        {t('ticks.switch')}
      </label>
      <p className="hint">{t('ticks.hint')}</p>
    </>
  );
}
