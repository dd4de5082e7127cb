// Which server instance this tab talks to. One Comms Lab server is one instance; with
// `npm run cluster` several share one Redis, and a page may pick any of them and move to the next
// when its instance goes (every instance serves every room: the ids are the same everywhere, so a
// client resumes where it stopped). The WebSocket, SSE and long-poll pages take their server
// base URL from `serverBase()`, and call `instances.failover()` when they lose their instance.
import { withJoinCode } from './join-code';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export type ClusterInstance = {
  name: string;
  /** The instance's app URL (`http://localhost:4174/`). */
  url: string;
  /** Chat connections and feed streams it serves, as of its last heartbeat. */
  clients: number;
  alive: boolean;
  /** A teacher stopped it. */
  stopped: boolean;
  /** Milliseconds since its last heartbeat. */
  silentMs: number;
};

export type ClusterView = { clustered: boolean; self: string; instances: ClusterInstance[] };

export type InstanceMove = { from: string; to: string; at: number; why: 'lost' | 'chosen' };

export type InstancePickerOptions = {
  /** This page's own server (default: `location.href`). */
  pageBase?: () => string;
  fetchView?: (base: string) => Promise<ClusterView>;
  /** How long an instance that failed is skipped by failover (default 10 s). */
  quarantineMs?: number;
  now?: () => number;
};

const isView = (value: unknown): value is ClusterView =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as ClusterView).instances) &&
  typeof (value as ClusterView).self === 'string';

async function fetchClusterView(base: string): Promise<ClusterView> {
  const response = await fetch(withJoinCode(new URL('/api/cluster', base).href), {
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`GET /api/cluster answered ${response.status}`);
  const body: unknown = await response.json();
  if (!isView(body)) throw new Error('GET /api/cluster answered something else');
  return body;
}

export function createInstancePicker(options: InstancePickerOptions = {}) {
  const pageBase = options.pageBase ?? (() => location.href);
  const fetchView = options.fetchView ?? fetchClusterView;
  const quarantineMs = options.quarantineMs ?? 10_000;
  const now = options.now ?? Date.now;
  const listeners = new Set<() => void>();
  const failed = new Map<string, number>();
  const moves: InstanceMove[] = [];
  let view: ClusterView | null = null;
  let chosen: string | null = null;
  let version = 0;
  const changed = () => {
    version++;
    listeners.forEach((listener) => listener());
  };

  const current = (): ClusterInstance | null => {
    if (!view) return null;
    const name = chosen ?? view.self;
    return view.instances.find((instance) => instance.name === name) ?? null;
  };
  const base = (): string => {
    const own = pageBase();
    const url = current()?.url;
    // One server alone: always this page's own address (a student may know it by its LAN name).
    if (!view?.clustered || !url) return own;
    // The instances of `npm run cluster` share one machine and say "localhost": reach them by the
    // name this page was reached by, on their own port.
    const target = new URL(url);
    const page = new URL(own);
    if (LOOPBACK.has(target.hostname) && !LOOPBACK.has(page.hostname))
      target.hostname = page.hostname;
    return target.href;
  };

  const picker = {
    /** The base URL a page resolves its endpoints against: the chosen instance, else its own server. */
    base,
    current,
    view: () => view,
    moves: (): readonly InstanceMove[] => moves,
    version: () => version,
    /** Connect to `name` from now on (the pages reconnect there). */
    choose(name: string) {
      const from = current()?.name;
      if (!view?.instances.some((instance) => instance.name === name) || from === name) return;
      chosen = name;
      if (from) moves.push({ from, to: name, at: now(), why: 'chosen' });
      changed();
    },
    /**
     * The current instance is gone (its connection dropped or refused): move to the next live one
     * in name order, skipping any that failed in the last `quarantineMs`. Returns the new name, or
     * null when there is nowhere to go (one server, or every other one is down).
     */
    failover(): string | null {
      const from = current();
      if (!view?.clustered || !from) return null;
      failed.set(from.name, now());
      const list = view.instances;
      const start = list.findIndex((instance) => instance.name === from.name);
      const usable = (instance: ClusterInstance) =>
        instance.name !== from.name &&
        instance.alive &&
        now() - (failed.get(instance.name) ?? -Infinity) > quarantineMs;
      for (let step = 1; step < list.length; step++) {
        const next = list[(start + step) % list.length] as ClusterInstance;
        if (!usable(next)) continue;
        chosen = next.name;
        moves.push({ from: from.name, to: next.name, at: now(), why: 'lost' });
        changed();
        void picker.refresh();
        return next.name;
      }
      return null;
    },
    /** Reads the list from the current instance, else from any other known one. */
    async refresh(): Promise<ClusterView | null> {
      const bases = [base(), ...(view?.instances.map((instance) => instance.url) ?? [])];
      for (const url of new Set(bases.filter(Boolean))) {
        try {
          view = await fetchView(url);
          if (chosen && !view.instances.some((instance) => instance.name === chosen)) chosen = null;
          changed();
          return view;
        } catch {
          // That one is away too: ask the next.
        }
      }
      return view;
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return picker;
}

export type InstancePicker = ReturnType<typeof createInstancePicker>;

/** This tab's picker: every page of the tab talks to the same instance. */
export const instances = createInstancePicker();

/** The one function a server page takes its base URL from (its endpoints resolve against it). */
export const serverBase = (): string => instances.base();
