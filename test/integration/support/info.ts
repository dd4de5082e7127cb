// /api/info as the tests read it.
import type { HubStats } from '../../../mock-server/hub/types';

export type Info = {
  ws: { clients: number; counters: Record<string, number> };
  sse: { subscribers: number; counters: Record<string, number> };
  api: Record<string, number>;
  errors: Record<string, number>;
  classroom: Record<string, number | boolean>;
  bounds: {
    ws: Record<string, number>;
    sse: Record<string, number>;
    history: HubStats;
  };
};

export const readInfo = (base: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/info`, { headers }).then((r) => r.json()) as Promise<Info>;

export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
