import './claims-list.css';
import './claims-i18n';
import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { ApiNames } from './api-names';
import type { Claim, ClaimProof, TestBrowser } from '../lib/claim-types';
import { TEACHING_ANCHOR } from './teaching-panel';

/** How a learner runs one test by its exact title. */
export function testCommand(proof: { spec: string; title: string; browser?: TestBrowser }) {
  return proof.browser === 'firefox'
    ? `npx tsx test/firefox/run.ts --grep "${proof.title}"`
    : `npx playwright test --no-deps ${proof.spec} -g "${proof.title}"`;
}

function Proof({ proof }: { proof: ClaimProof }) {
  const t = useT();
  if (proof.kind === 'source')
    return (
      <a className="claims__proof" href={proof.url} target="_blank" rel="noreferrer">
        <ApiNames text={t('claims.source', { label: proof.label })} />
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
