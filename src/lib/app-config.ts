// What the server told the page about itself (mock-server injects it into index.html), with
// fallbacks for a page served some other way.

export type AppConfig = { foreignPort: number };

export function readAppConfig(): AppConfig {
  const fallback = { foreignPort: Number(window.location.port || 80) + 1 };
  try {
    const meta = document.querySelector('meta[name="comms-lab-config"]');
    const value: unknown = JSON.parse(meta?.getAttribute('content') ?? '{}');
    const port = (value as { foreignPort?: unknown }).foreignPort;
    return Number.isInteger(port) && (port as number) > 0 && (port as number) < 65536
      ? { foreignPort: port as number }
      : fallback;
  } catch {
    return fallback;
  }
}

/**
 * The origins the window-messaging pages use, all served by the one server:
 * - app: this page's origin;
 * - foreign: the same host on the foreign port (a real cross-origin peer);
 * - otherHost: the foreign port under the other loopback name (127.0.0.1 ↔ localhost): same server,
 *   different origin, a near miss a careless check lets through;
 * - suffix: `evil.localhost` (browsers resolve *.localhost to loopback), which fools an
 *   `origin.endsWith('localhost:PORT')` check.
 */
export function demoOrigins(
  location: Pick<Location, 'protocol' | 'hostname' | 'origin'> = window.location,
  config = readAppConfig(),
) {
  const port = config.foreignPort;
  const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return {
    app: location.origin,
    foreign: `${location.protocol}//${location.hostname}:${port}`,
    otherHost: `${location.protocol}//${other}:${port}`,
    suffix: `${location.protocol}//evil.localhost:${port}`,
  };
}
