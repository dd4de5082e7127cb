import type { KeyboardEvent, PointerEvent } from 'react';
import { useT } from '../../i18n/use-t';

type Props = {
  /** The log's size in px: its height below the stage, its width beside it. */
  size: number;
  beside: boolean;
  onResize: (size: number) => void;
};

const STEP = 24;
// Below the stage, one 30 px row at the least: a fitted log (log-fit.ts) can start that small.
const limits = (beside: boolean) => {
  const whole = beside ? window.innerWidth : window.innerHeight;
  return { min: beside ? 320 : 30, max: Math.round(whole * (beside ? 0.7 : 0.75)) };
};

/**
 * The edge between stage and log: drag it, or focus it and press the arrow keys. A focusable
 * separator with a value is the ARIA window splitter:
 * https://www.w3.org/WAI/ARIA/apg/patterns/windowsplitter/
 */
export default function LogResizer({ size, beside, onResize }: Props) {
  const t = useT();
  const { min, max } = limits(beside);
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) =>
      onResize(clamp(beside ? window.innerWidth - e.clientX : window.innerHeight - e.clientY));
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const grow = beside ? 'ArrowLeft' : 'ArrowUp';
    const shrink = beside ? 'ArrowRight' : 'ArrowDown';
    if (event.key === grow) onResize(clamp(size + STEP));
    else if (event.key === shrink) onResize(clamp(size - STEP));
    else if (event.key === 'Home') onResize(min);
    else if (event.key === 'End') onResize(max);
    else return;
    event.preventDefault();
  };

  return (
    <div
      className="log-dock__resizer"
      role="separator"
      aria-orientation={beside ? 'vertical' : 'horizontal'}
      aria-label={t('log.resize')}
      aria-valuenow={Math.round(size)}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
