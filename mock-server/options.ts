// The options createServer takes and what it returns, and the config it puts into index.html.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hub } from './hub/types';
import type { Poll, PollOptions } from './long-poll/index';
import type { Feed, FeedOptions } from './sse-feed/index';
import type { Wire } from './wire/index';
import type { FeedWs, FeedWsOptions } from './ws-feed/index';
import { CONFIG_META } from './static-files';
import type { Chat, ChatOptions } from './ws-chat/index';

/** What the page needs to know about the server it came from; see src/lib/app-config.ts. */
export type AppConfig = { foreignPort: number };

export function injectConfig(html: string, config: AppConfig): string {
  // JSON in an attribute: escape what could end the attribute or open a tag.
  const json = JSON.stringify(config)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');
  return html.replace(CONFIG_META, `<meta name="comms-lab-config" content="${json}" />`);
}

export type AppHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

type Injected = 'isAllowedOrigin' | 'checkJoinCode' | 'guards' | 'hub' | 'wire';

export type ServerOptions = {
  /** 0 picks a free port (tests). */
  port?: number;
  foreignPort?: number;
  /** Overrides the bound address: 127.0.0.1 by default, every interface in classroom mode. */
  host?: string;
  /** The built app; ignored when `app` is given (dev mode mounts Vite there). */
  distDir?: string;
  /** Dev mode mounts Vite here; it receives the config so it can inject it into index.html. */
  app?: (config: AppConfig) => AppHandler;
  allowedOrigins?: readonly string[];
  /** Host names this server answers to besides loopback and the LAN address. */
  allowedHosts?: readonly string[];
  /** Heartbeat, rate limits and bounds (tests shorten them). */
  chat?: Omit<ChatOptions, Injected>;
  /** Retry, heartbeat, generated events and bounds (tests shorten or switch them off). */
  feed?: Omit<FeedOptions, Injected>;
  /** The long-poll endpoint's wait and bounds (tests shorten them). */
  poll?: Omit<PollOptions, Injected>;
  /** The feed's WebSocket door: its bounds. */
  feedWs?: Omit<FeedWsOptions, Injected>;
  /** Where rooms, presence, history and the feed live; a memory hub when absent. */
  hub?: Hub;
  /**
   * With no `hub`: keep rooms, presence, history and the feed in this Redis (Streams), shared with
   * every instance given the same URL (hub/redis-hub.ts). Start-up fails when it is unreachable.
   */
  redisUrl?: string;
  /** This instance's name in the cluster's list (default: its app port). */
  instanceName?: string;
  /**
   * A teacher asked this instance to stop (POST /api/admin/stop-instance on any instance). The
   * default closes the server; the command line also exits the process.
   */
  onStopRequested?: () => void;
  /** The memory hub's budget for all history (bytes) and how long an empty room is kept. */
  history?: { budgetBytes?: number; idleMs?: number };
  /**
   * Classroom mode: listen on every interface (unless `host` says otherwise) and admit the LAN
   * origin. `address` replaces the one read from this machine's interfaces (tests).
   */
  lan?: boolean | { address: string } | { wanted: string };
  /** When set, every endpoint with class state needs it (?code= or X-Join-Code). */
  joinCode?: string;
  /** When set, teacher actions need it (X-Teacher-Token). */
  teacherToken?: string;
};

export type RunningServer = {
  urls: { app: string; foreign: string; health: string; lan: string | null };
  /** Why there is no LAN URL in classroom mode. */
  lanProblem: string | null;
  /** The address the ports are bound to: 127.0.0.1 by default, 0.0.0.0 in classroom mode. */
  host: string;
  ports: { app: number; foreign: number };
  allowedOrigins: ReadonlySet<string>;
  hub: Hub;
  chat: Chat;
  feed: Feed;
  poll: Poll;
  feedWs: FeedWs;
  wire: Wire;
  close: () => Promise<void>;
};
