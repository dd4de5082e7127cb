import './claims-list.css';
import './claims-i18n';
import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store';
import { ApiNames } from './api-names';
import { CitedTitle } from './cited-title';
import type { Claim, ClaimProof, TestBrowser } from '../lib/claim-types';
import { TEACHING_ANCHOR } from './teaching-panel';

/** How a learner runs one test by its exact title. */
export function testCommand(proof: { spec: string; title: string; browser?: TestBrowser }) {
  return proof.browser === 'firefox'
    ? `npx tsx test/firefox/run.ts --grep "${proof.title}"`
    : `npx playwright test --no-deps ${proof.spec} -g "${proof.title}"`;
}

type TestProof = Extract<ClaimProof, { kind: 'test' }>;
type SourceProof = Extract<ClaimProof, { kind: 'source' }>;

/**
 * A claim's proofs as shown: its sources in order, and its tests grouped by browser, where the
 * first test of a browser stood. Two tests in one browser drew "tested in Chromium tested in
 * Chromium" side by side, which reads as a slip; one disclosure per browser lists each test.
 */
function shownProofs(proofs: readonly ClaimProof[]) {
  const shown: Array<SourceProof | TestProof[]> = [];
  const byBrowser = new Map<TestBrowser, TestProof[]>();
  for (const proof of proofs) {
    if (proof.kind === 'source') {
      shown.push(proof);
      continue;
    }
    const browser = proof.browser ?? 'chromium';
    const group = byBrowser.get(browser);
    if (group) group.push(proof);
    else {
      byBrowser.set(browser, [proof]);
      shown.push(byBrowser.get(browser)!);
    }
  }
  return shown;
}

/**
 * "source: MDN, EventSource (six connections …)": the title as published (cited-title.tsx), and
 * the app's note after it in the reader's language.
 */
function Source({ proof }: { proof: SourceProof }) {
  const t = useT();
  const lang = useAppStore((s) => s.settings.lang);
  return (
    <a className="claims__proof" href={proof.url} target="_blank" rel="noreferrer">
      <CitedTitle sentence={(label) => t('claims.source', { label })} title={proof.label} />
      {proof.note ? <ApiNames text={t('claims.note', { note: proof.note[lang] })} /> : null}
    </a>
  );
}

/** A learner cannot open a test from the page, but can run it: the command names it exactly. */
function Tests({ tests }: { tests: readonly TestProof[] }) {
  const t = useT();
  const firefox = tests[0]?.browser === 'firefox';
  const summary = t(firefox ? 'claims.testedFirefox' : 'claims.tested');
  return (
    <details className="claims__proof">
      <summary>
        {tests.length > 1
          ? t('claims.testedCount', { tested: summary, count: tests.length })
          : summary}
      </summary>
      {tests.map((proof) => (
        <div key={proof.title}>
          <p>{t('claims.testedHow', { title: proof.title })}</p>
          <code>{testCommand(proof)}</code>
        </div>
      ))}
    </details>
  );
}

/** A page's "What to notice": the section a link to `#what-to-notice` leads to. */
export function ClaimsPanel({ children }: { children: ReactNode }) {
  const t = useT();
  const id = useId();
  return (
    <section id={TEACHING_ANCHOR} className="panel" aria-labelledby={id} tabIndex={-1}>
      <h2 id={id}>{t('page.noticeTitle')}</h2>
      {children}
    </section>
  );
}

/** Each point a page teaches, with the test or source that proves it. */
export function ClaimItems({ claims }: { claims: readonly Claim[] }) {
  const t = useT();
  return (
    <ul className="teaching claims">
      {claims.map((claim) => (
        <li key={claim.text}>
          {t(claim.text)}{' '}
          <span className="claims__proofs">
            {shownProofs(claim.proof).map((proof) =>
              Array.isArray(proof) ? (
                <Tests key={proof[0]?.browser ?? 'chromium'} tests={proof} />
              ) : (
                <Source key={proof.url} proof={proof} />
              ),
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** "What to notice" with its points. */
export function ClaimsList({ claims }: { claims: readonly Claim[] }) {
  return (
    <ClaimsPanel>
      <ClaimItems claims={claims} />
    </ClaimsPanel>
  );
}
