// What a page teaches about the browser, and how each point is backed (README: "Every claim a
// page makes about the browser is proven, not asserted"). The list lives in the mechanism's
// folder (`claims.ts`) and is reached through the Mechanism object (`claims`, loaded lazily).
import type { Lang, MessageKey } from '../i18n/dictionary';

/** The browser a test runs in (Chromium when not said). */
export type TestBrowser = 'chromium' | 'firefox';

/**
 * How a claim about a browser is backed: a test that shows it in a real browser (the file and the
 * exact test title: Playwright specs in test/e2e/ for Chromium, the Firefox harness in
 * test/firefox/ for Firefox ESR), or a published source (MDN, a spec section, a WPT test, a
 * browser's source file). A claim about browsers in general carries a test in each browser.
 */
export type ClaimProof =
  | { kind: 'test'; spec: string; title: string; browser?: TestBrowser }
  | {
      kind: 'source';
      url: string;
      /** The cited document as published ("MDN, EventSource"): shown as written, marked English. */
      label: string;
      /**
       * What the app says it shows there ("six connections per browser and domain"), in both
       * languages: the app's own words are translated, the title beside them is not.
       */
      note?: Readonly<Record<Lang, string>>;
    };

/** One thing a page teaches, said in both languages through its text key, with its proof. */
export type Claim = {
  text: MessageKey;
  proof: readonly [ClaimProof, ...ClaimProof[]];
};

/** A mechanism's claims, loaded with the section that shows them (never on the first visit). */
export type ClaimsEntry = () => Promise<{ claims: readonly Claim[] }>;
