import './claims-i18n';
import { useEffect, useLayoutEffect, useState } from 'react';
import { useT } from '../i18n/use-t';
import type { Claim, ClaimsEntry } from '../lib/claim-types';
import { ClaimItems, ClaimsPanel } from './claims-list';
import { LoadFailed } from './load-failed';
import { TEACHING_ANCHOR } from './teaching-panel';

type Loaded = { status: 'ready'; claims: readonly Claim[] } | { status: 'failed'; error: unknown };

/**
 * A mechanism's "What to notice", drawn by the shell from the mechanism (its `claims`), so no page
 * wires its own. The list loads with this section (the mechanism's claims.ts and their texts),
 * never on the first visit. The section itself is there at once, so a link to it
 * (`#what-to-notice`, router.ts) lands on it while the points load.
 */
export function ClaimsSection({ entry }: { entry: ClaimsEntry }) {
  const t = useT();
  // Kept with the entry it came from: moving to another mechanism's page never shows the last
  // page's points while the new ones load.
  const [loaded, setLoaded] = useState<{ entry: ClaimsEntry; result: Loaded } | null>(null);
  // "Try again" after a failed load asks for the chunk once more.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    const settle = (result: Loaded) => current && setLoaded({ entry, result });
    entry().then(
      ({ claims }) => settle({ status: 'ready', claims }),
      (error: unknown) => settle({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [entry, attempt]);
  const state = loaded?.entry === entry ? loaded.result : null;
  // A reader who came here by a link (`#what-to-notice`, focused by the router) stays here when
  // the points arrive: the browser's scroll anchoring may keep a section below in place instead,
  // pushing this one out of view. https://drafts.csswg.org/css-scroll-anchoring/
  useLayoutEffect(() => {
    const section = document.getElementById(TEACHING_ANCHOR);
    if (state && section && document.activeElement === section)
      section.scrollIntoView({ block: 'start' });
  }, [state]);
  return (
    <ClaimsPanel>
      {state?.status === 'ready' ? (
        <ClaimItems claims={state.claims} />
      ) : state?.status === 'failed' ? (
        <LoadFailed
          what={t('claims.failed')}
          error={state.error}
          onRetry={() => {
            setLoaded(null);
            setAttempt((n) => n + 1);
          }}
        />
      ) : null}
    </ClaimsPanel>
  );
}
