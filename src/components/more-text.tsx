import './more-text.css';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';

/**
 * Teaching text one step away from the stage (issue 12: "everything else is one step away, never
 * in the way"): folded under a small "How it works" (or its own `summary`), so the send form,
 * what arrived and the switch that breaks it come first on a projector. A native disclosure:
 * keyboard and screen readers get it for free, and find-in-page opens it
 * (https://developer.mozilla.org/en-US/docs/Web/HTML/Element/details).
 */
export function MoreText({ summary, children }: { summary?: string; children: ReactNode }) {
  const t = useT();
  return (
    <details className="more-text">
      <summary>{summary ?? t('page.howItWorks')}</summary>
      {children}
    </details>
  );
}
