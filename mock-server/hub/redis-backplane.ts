// The connections one instance keeps to Redis, and whether the backplane is up.
// Two connections, because node-redis pipelines every command of a client on one socket: a blocking
// XREAD would hold up every XADD queued behind it (the node-redis README, "Blocking Commands"), so
// the reader gets a duplicate of its own. Neither queues commands while Redis is away
// (`disableOfflineQueue`): a send is refused at once with a reason instead of being acknowledged
// and kept in this process's memory, where a crash would lose it.
import {
  ClientClosedError,
  ClientOfflineError,
  createClient,
  SocketClosedUnexpectedlyError,
} from 'redis';
import { said, type ServerSaid } from '../../src/shared/server-words';

/** What the hub's modules need of a connection: raw commands (RESP2 replies: plain arrays). */
export type RedisConnection = { sendCommand(args: string[]): Promise<unknown> };

export type BackplaneState = { up: boolean; reason: string | null; since: number };

export class BackplaneDownError extends Error {
  /** What a client is told: the code, and the Redis client's own words when it gave some. */
  readonly said: ServerSaid;
  constructor(reason: string | null) {
    const told = reason ? said('backplane-down-why', { detail: reason }) : said('backplane-down');
    super(told.message);
    this.said = told;
    this.name = 'BackplaneDownError';
  }
}

/** A command lost with the connection becomes a BackplaneDownError; anything else stays as it is. */
export function asBackplaneError(error: unknown): unknown {
  if (
    error instanceof ClientOfflineError ||
    error instanceof ClientClosedError ||
    error instanceof SocketClosedUnexpectedlyError
  )
    return new BackplaneDownError(error.message);
  return error;
}

export type Backplane = {
  command: RedisConnection;
  /** Only the reader loop uses it: its XREAD BLOCK may hold it for seconds. */
  reader: RedisConnection;
  state: () => BackplaneState;
  /** Called on every change of `up`. */
  onChange: (listener: (state: BackplaneState) => void) => () => void;
  /** Throws BackplaneDownError unless the command connection is ready. */
  assertUp: () => void;
  close: () => Promise<void>;
};

/** Reconnect quickly at first, then every second: a classroom notices a 1 s outage, not less. */
const reconnectStrategy = (retries: number) => Math.min(50 * 2 ** retries, 1000);

export async function connectBackplane(url: string): Promise<Backplane> {
  const options = {
    url,
    // RESP2: replies are plain arrays, the same from every Redis version the hub supports.
    RESP: 2,
    disableOfflineQueue: true,
    socket: { reconnectStrategy, connectTimeout: 2000 },
  } as const;
  const command = createClient(options);
  const reader = command.duplicate(options);
  let state: BackplaneState = { up: false, reason: 'connecting', since: Date.now() };
  const listeners = new Set<(state: BackplaneState) => void>();
  const set = (up: boolean, reason: string | null) => {
    if (state.up === up && (up || state.reason === reason)) return;
    const changed = state.up !== up;
    state = { up, reason, since: changed ? Date.now() : state.since };
    if (changed) for (const listener of listeners) listener(state);
  };
  // node-redis requires an error listener (without one an error ends the process); the errors
  // themselves are the connection dropping, which the state reports.
  command.on('error', (error: Error) => set(false, error.message || 'connection error'));
  command.on('reconnecting', () => set(false, state.reason ?? 'reconnecting'));
  command.on('ready', () => set(true, null));
  reader.on('error', () => undefined);
  // At start-up an unreachable Redis is a configuration problem, said at once; later it is an outage
  // the clients retry through.
  const firstError = new Promise<never>((_, reject) =>
    command.once('error', (error: Error) => reject(error)),
  );
  try {
    await Promise.race([Promise.all([command.connect(), reader.connect()]), firstError]);
  } catch (error) {
    for (const client of [reader, command]) if (client.isOpen) client.destroy();
    throw new Error(
      `Could not reach Redis at ${url.replace(/\/\/[^@/]*@/, '//***@')}: ${(error as Error).message || String(error)}. Start Redis, or unset REDIS_URL for one in-memory server.`,
      { cause: error },
    );
  }
  firstError.catch(() => undefined);
  set(true, null);

  return {
    command,
    reader,
    state: () => state,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    assertUp() {
      if (!state.up || !command.isReady) throw new BackplaneDownError(state.reason);
    },
    async close() {
      listeners.clear();
      // destroy(), not close(): a pending XREAD BLOCK would otherwise hold close() until it times out.
      for (const client of [reader, command]) if (client.isOpen) client.destroy();
    },
  };
}
