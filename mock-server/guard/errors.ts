// Per-handler guards: an exception in one request, upgrade, frame or stream becomes an error
// answer for that client and a count here; it never reaches the process.

export type GuardCounters = {
  http: number;
  upgrade: number;
  wsMessage: number;
  sse: number;
  poll: number;
  feedWs: number;
};

export const createGuardCounters = (): GuardCounters => ({
  http: 0,
  upgrade: 0,
  wsMessage: 0,
  sse: 0,
  poll: 0,
  feedWs: 0,
});

/** Logs an error a handler caught, briefly: one line, no request data beyond its kind. */
export function logCaught(where: keyof GuardCounters, error: unknown): void {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`[comms-lab] ${where} handler caught ${what.slice(0, 300)}`);
}
