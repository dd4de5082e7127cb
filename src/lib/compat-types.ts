// Browser support for a mechanism, read at build time from @mdn/browser-compat-data (BCD) and
// shipped as a small lazy chunk (build/compat-plugin.ts): only the keys the registry names.
// https://github.com/mdn/browser-compat-data/blob/main/docs/data-guidelines/index.md

/** Desktop first, then mobile: the six browsers learners bring. Keys are BCD's browser ids. */
export const COMPAT_BROWSERS = [
  'chrome',
  'firefox',
  'safari',
  'chrome_android',
  'firefox_android',
  'safari_ios',
] as const;
export type CompatBrowser = (typeof COMPAT_BROWSERS)[number];

/**
 * One browser's support for one feature, from BCD's most relevant statement:
 * `yes` since a version, `partial` (BCD's partial_implementation, with its notes), `no`,
 * `removed` in a version, or `unknown` (BCD has no data: version_added null).
 */
export type CompatSupport = {
  state: 'yes' | 'partial' | 'no' | 'removed' | 'unknown';
  /** BCD's version_added, e.g. "54", "15.4", "≤37". */
  since?: string;
  /** BCD's version_removed. */
  until?: string;
  /** Only behind a browser flag or a prefix (counted as not supported out of the box). */
  flagOnly?: boolean;
  /** BCD's notes, as plain text (BCD writes them in HTML; tags are dropped at build time). */
  notes: readonly string[];
};

export type CompatEntry = {
  key: string;
  mdn?: string;
  support: Readonly<Record<CompatBrowser, CompatSupport>>;
};

export type CompatData = {
  /** The BCD release the table was built from. */
  version: string;
  entries: Readonly<Record<string, CompatEntry>>;
};
