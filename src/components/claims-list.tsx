import './claims-list.css';
import './claims-i18n';
import { useId } from 'react';
import type { MessageKey } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';
import { TEACHING_ANCHOR } from './teaching-panel';

/**
 * How a claim about a browser is backed: a test that shows it in a real browser (the file and the
 * exact test title: Playwright specs in test/e2e/ for Chromium, the Firefox harness in
 * test/firefox/ for Firefox ESR), or a published source (MDN, a spec section, a WPT test, a
 * browser's source file). A claim about browsers in general carries a test in each browser.
 */
export type ClaimProof =
  | { kind: 'test'; spec: string; title: string; browser?: TestBrowser }
  | { kind: 'source'; url: string; label: string };

/** The browser a test runs in (Chromium when not said). */
export type TestBrowser = 'chromium' | 'firefox';

/** How a learner runs one test by its exact title. */
export function testCommand(proof: { spec: string; title: string; browser?: TestBrowser }) {
  return proof.browser === 'firefox'
    ? `npx tsx test/firefox/run.ts --grep "${proof.title}"`
    : `npx playwright test --no-deps ${proof.spec} -g "${proof.title}"`;
}

/** One thing a page teaches, said in both languages through its text key, with its proof. */
export type Claim = {
  text: MessageKey;
  proof: readonly [ClaimProof, ...ClaimProof[]];
};

function Proof({ proof }: { proof: ClaimProof }) {
  const t = useT();
  if (proof.kind === 'source')
    return (
      <a className="claims__proof" href={proof.url} target="_blank" rel="noreferrer">
        {t('claims.source', { label: proof.label })}
      </a>
    );
  // A learner cannot open the test from the page, but can run it: the command names it exactly.
  return (
    <details className="claims__proof">
      <summary>{t(proof.browser === 'firefox' ? 'claims.testedFirefox' : 'claims.tested')}</summary>
      <p>{t('claims.testedHow', { title: proof.title })}</p>
      <code>{testCommand(proof)}</code>
    </details>
  );
}

/** A page's "What to notice": each point it teaches, with the test or source that proves it. */
export function ClaimsList({ claims }: { claims: readonly Claim[] }) {
  const t = useT();
  const id = useId();
  return (
    <section id={TEACHING_ANCHOR} className="panel" aria-labelledby={id} tabIndex={-1}>
      <h2 id={id}>{t('page.noticeTitle')}</h2>
      <ul className="teaching claims">
        {claims.map((claim) => (
          <li key={claim.text}>
            {t(claim.text)}{' '}
            <span className="claims__proofs">
              {claim.proof.map((proof) => (
                <Proof
                  key={proof.kind === 'test' ? `${proof.browser ?? ''}${proof.title}` : proof.url}
                  proof={proof}
                />
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
