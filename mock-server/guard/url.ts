// A request target is whatever the client wrote after the method: `new URL('//[', base)` throws
// `TypeError: Invalid URL`, so every handler reads it through this, which never throws.
// (WHATWG URL parsing fails on an unclosed IPv6 host: https://url.spec.whatwg.org/#host-parsing)

export function parseTarget(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://target.invalid');
  } catch {
    return null;
  }
}
