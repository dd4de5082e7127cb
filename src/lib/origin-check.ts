// postMessage tells the receiver who sent a message only through event.origin. The only safe test
// is exact string equality against a list of origins you trust: no startsWith, endsWith, includes
// or regular expression, and never the string "null" (every sandboxed frame and data: URL has it).
// https://developer.mozilla.org/en-US/docs/Web/API/Window/postMessage#security_concerns

export type NearMiss =
  'opaque' | 'other-scheme' | 'other-port' | 'other-host' | 'suffix' | 'unrelated';
export type OriginVerdict = { ok: true } | { ok: false; nearMiss: NearMiss; closest?: string };

function parse(origin: string): URL | null {
  try {
    return new URL(origin);
  } catch {
    return null;
  }
}

const RANK: NearMiss[] = ['other-scheme', 'other-port', 'suffix', 'other-host', 'unrelated'];

function nearMissOf(url: URL, trusted: URL): NearMiss {
  const sameHost = url.hostname === trusted.hostname;
  if (sameHost && url.port === trusted.port) return 'other-scheme';
  if (sameHost && url.protocol === trusted.protocol) return 'other-port';
  if (!sameHost && url.hostname.endsWith(trusted.hostname)) return 'suffix';
  if (url.port === trusted.port && isLoopback(url.hostname) && isLoopback(trusted.hostname))
    return 'other-host';
  return 'unrelated';
}

// The usual answer is shared: nothing is allocated per trusted message.
const TRUSTED: OriginVerdict = Object.freeze({ ok: true });

/** Exact match against the allowlist; on a miss, says how close the origin came (for teaching). */
export function checkOrigin(origin: string, allowed: readonly string[]): OriginVerdict {
  if (origin !== 'null' && allowed.includes(origin)) return TRUSTED;
  if (origin === 'null') return { ok: false, nearMiss: 'opaque' };
  const url = parse(origin);
  let best: OriginVerdict & { ok: false } = { ok: false, nearMiss: 'unrelated' };
  for (const candidate of allowed) {
    const trusted = parse(candidate);
    if (!url || !trusted) continue;
    const nearMiss = nearMissOf(url, trusted);
    if (RANK.indexOf(nearMiss) < RANK.indexOf(best.nearMiss))
      best = { ok: false, nearMiss, closest: candidate };
  }
  return best;
}

const isLoopback = (host: string) =>
  host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');

/**
 * The checks people write instead, each fooled by a near miss. The page runs them beside the exact
 * check so a class can see which ones an attacker gets past.
 */
export const CARELESS_CHECKS = {
  includes: (origin: string, trusted: string) => origin.includes(new URL(trusted).host),
  endsWith: (origin: string, trusted: string) => origin.endsWith(new URL(trusted).host),
  startsWith: (origin: string, trusted: string) => origin.startsWith(trusted.slice(0, -1)),
} as const;
