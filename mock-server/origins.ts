// The server's allowlist of browser origins (ARCHITECTURE §6): the app's own origins on both ports,
// under every loopback name, plus any given explicitly (ALLOWED_ORIGINS, comma-separated).
export function appOrigins(ports: readonly number[], extra: readonly string[] = []): Set<string> {
  const origins = new Set<string>();
  for (const port of ports) {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) origins.add(`http://${host}:${port}`);
  }
  for (const origin of extra) {
    const normalized = normalizeOrigin(origin);
    if (normalized) origins.add(normalized);
  }
  return origins;
}

/** `http://Example.test:80/` → `http://example.test`; anything that is not an http(s) origin → null. */
export function normalizeOrigin(value: string): string | null {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export function isAllowedOrigin(origin: string | undefined, allowed: ReadonlySet<string>): boolean {
  // Compared exactly, string to string: no prefix or suffix matching (`localhost:4173.evil.test`).
  return origin !== undefined && allowed.has(origin);
}
