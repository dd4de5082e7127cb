// Pulls the few features the registry names out of @mdn/browser-compat-data (several megabytes)
// so the client gets a few kilobytes. Pure: the Vite plugin and the unit tests call it.
import {
  COMPAT_BROWSERS,
  type CompatData,
  type CompatEntry,
  type CompatSupport,
} from '../src/lib/compat-types.ts';

type Statement = {
  version_added?: string | boolean | null;
  version_removed?: string | boolean | null;
  partial_implementation?: boolean;
  flags?: readonly unknown[];
  prefix?: string;
  alt_name?: string;
  notes?: string | readonly string[];
};
type Node = {
  __compat?: { mdn_url?: string; support?: Record<string, Statement | readonly Statement[]> };
  [child: string]: unknown;
};
export type Bcd = { __meta?: { version?: string } } & Record<string, unknown>;
/** A key and the file that named it, so a missing key says where to fix it. */
export type CompatRequest = { key: string; file: string };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" };
/** BCD notes are HTML; the page renders text, so tags go and entities are decoded here. */
export const plainText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|amp|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
    .trim();

const notesOf = (statement: Statement) =>
  (typeof statement.notes === 'string' ? [statement.notes] : (statement.notes ?? [])).map(
    plainText,
  );

const version = (value: Statement['version_added']) =>
  typeof value === 'string' && value !== 'preview' ? value : undefined;

/** BCD lists statements most relevant first; a flagged or prefixed one is not out-of-the-box support. */
export function summarize(value: Statement | readonly Statement[] | undefined): CompatSupport {
  const statements: readonly Statement[] = Array.isArray(value) ? value : value ? [value] : [];
  const plain = statements.find((s) => !s.flags && !s.prefix && !s.alt_name);
  if (!plain) {
    const flagged = statements[0];
    if (!flagged) return { state: 'unknown', notes: [] };
    return { state: 'no', flagOnly: true, notes: notesOf(flagged) };
  }
  const notes = notesOf(plain);
  const since = version(plain.version_added);
  if (plain.version_added === null) return { state: 'unknown', notes };
  if (!since) return { state: 'no', notes };
  const until = version(plain.version_removed);
  if (until) return { state: 'removed', since, until, notes };
  return { state: plain.partial_implementation ? 'partial' : 'yes', since, notes };
}

function lookup(bcd: Bcd, key: string): Node | undefined {
  let node: unknown = bcd;
  for (const part of key.split('.'))
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node && typeof node === 'object' && '__compat' in node ? (node as Node) : undefined;
}

/** Throws, naming every missing key and the file that named it, so the build stops there. */
export function extractCompat(bcd: Bcd, requests: readonly CompatRequest[]): CompatData {
  const release = bcd.__meta?.version ?? 'unknown';
  const missing = requests.filter(({ key }) => !lookup(bcd, key)?.__compat?.support);
  if (missing.length > 0)
    throw new Error(
      missing
        .map(
          ({ key, file }) =>
            `compat key "${key}" (named in ${file}) is not in @mdn/browser-compat-data ${release}`,
        )
        .join('\n'),
    );
  const entries: Record<string, CompatEntry> = {};
  for (const { key } of requests) {
    const compat = lookup(bcd, key)?.__compat;
    const support = Object.fromEntries(
      COMPAT_BROWSERS.map((browser) => [browser, summarize(compat?.support?.[browser])]),
    ) as CompatEntry['support'];
    entries[key] = { key, support, ...(compat?.mdn_url ? { mdn: compat.mdn_url } : {}) };
  }
  return { version: release, entries };
}

/**
 * The `compat: ['api.X', …]` array of a mechanism's index.ts, read by convention (like worker
 * entries): string literals only, so the registry and the build agree without running the app.
 */
export function compatKeysIn(source: string): string[] {
  const array = /\bcompat:\s*\[([^\]]*)\]/.exec(source)?.[1];
  if (array === undefined) return [];
  return [...array.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => (m[1] ?? m[2]) as string);
}
