import './notice.css';
import type { ReactNode } from 'react';

export type Tone = 'info' | 'success' | 'warning' | 'error';

// The symbol repeats what the colour says, so colour is never the only signal.
const SYMBOL: Record<Tone, string> = { info: 'ℹ', success: '✓', warning: '⚠', error: '✕' };

export function Notice({
  tone = 'info',
  children,
  live = true,
}: {
  tone?: Tone;
  children: ReactNode;
  live?: boolean;
}) {
  return (
    <p
      className={`notice notice--${tone}`}
      role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}
    >
      <span aria-hidden="true" className="notice__symbol">
        {SYMBOL[tone]}
      </span>{' '}
      {children}
    </p>
  );
}
