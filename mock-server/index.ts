// One Node process: the app on `port`, the same app on a second, foreign origin, the API, the chat
// (`/ws`) and the feed (`/sse`), their state in a hub (memory unless one is given). The command
// line is cli.ts.
import { createServer as createHttpServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FOREIGN_PORT, DEFAULT_HOST, DEFAULT_PORT } from '../src/shared/endpoints';
import { SSE_LIMITS, WS_LIMITS } from '../src/shared/server-protocol';
import type { ApiContext } from './api';
import { createClassroom } from './classroom';
import { createClusterControl } from './cluster/control';
import { createHostCheck, frameAncestors, LOOPBACK_NAMES } from './doors';
import { createEntry } from './entry';
import { createGuardCounters } from './guard/errors';
import { isRedisHub } from './hub/backplane';
import { createMemoryHub } from './hub/memory-hub';
import { createRedisHub } from './hub/redis-hub';
import { FEED_TOPIC, roomTopic } from './hub/topics';
import type { Retention } from './hub/types';
import { findIsolatedMechanisms, isolationFor } from './isolation';
import { findLanAddress } from './lan';
import { closeServer, listen, PortInUseError } from './listen';
import { appOrigins, isAllowedOrigin } from './origins';
import { createPoll } from './long-poll/index';
import { createFeed } from './sse-feed/index';
import { createWire } from './wire/index';
import { createFeedWs } from './ws-feed/index';
import { createStaticHandler, DEFAULT_CSP } from './static-files';
import { createChat } from './ws-chat/index';
import {
  injectConfig,
  type AppConfig,
  type AppHandler,
  type RunningServer,
  type ServerOptions,
} from './options';

export { PortInUseError };

export { injectConfig, type AppConfig, type AppHandler, type RunningServer, type ServerOptions };

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Rooms keep their last 50 messages; the feed its last 1,000 events and never goes idle. */
const retentionFor =
  (replay: number) =>
  (topic: string): Retention =>
    topic === FEED_TOPIC
      ? { maxEntries: replay, maxBytes: 4 * 1024 * 1024, evictWhenIdle: false }
      : { maxEntries: WS_LIMITS.history, maxBytes: 256 * 1024, evictWhenIdle: true };

export async function createServer(options: ServerOptions = {}): Promise<RunningServer> {
  const lan = !options.lan
    ? null
    : typeof options.lan !== 'object'
      ? findLanAddress()
      : 'wanted' in options.lan
        ? findLanAddress(undefined, options.lan.wanted)
        : { address: options.lan.address };
  const host = options.host ?? (lan ? '0.0.0.0' : DEFAULT_HOST);
  const config: AppConfig = { foreignPort: 0 };
  const allowed: { origins: ReadonlySet<string> } = { origins: new Set() };
  const lanFrames: string[] = [];
  const serveStatic = createStaticHandler(options.distDir ?? resolve(ROOT, 'dist'), {
    // The LAN origins join frame-src too, so a student's page can embed the foreign-origin frames.
    csp: () =>
      `${DEFAULT_CSP.replace("frame-src 'self'", `frame-src 'self' ${lanFrames.join(' ')}`)}; ${frameAncestors(allowed.origins)}`,
    transformHtml: (html) => injectConfig(html, config),
  });
  const hosts = createHostCheck(() => [
    ...LOOPBACK_NAMES,
    ...(lan?.address ? [lan.address] : []),
    ...(host !== '0.0.0.0' && host !== '::' ? [host.toLowerCase()] : []),
    ...(options.allowedHosts ?? []).map((name) => name.toLowerCase()),
  ]);
  const isAllowed = (origin: string | undefined) => isAllowedOrigin(origin, allowed.origins);
  const classroom = createClassroom({
    joinCode: options.joinCode || undefined,
    teacherToken: options.teacherToken || undefined,
  });
  const guards = createGuardCounters();
  const ownsHub = !options.hub;
  const retention = retentionFor(options.feed?.replay ?? SSE_LIMITS.replay);
  const hub =
    options.hub ??
    (options.redisUrl
      ? await createRedisHub({ url: options.redisUrl, retention })
      : createMemoryHub({ ...options.history, retention }));
  const checkJoinCode = classroom.checkJoin;
  const instance = { name: options.instanceName || '' };
  const chat = createChat({
    ...options.chat,
    relayName: () => (isRedisHub(hub) ? instance.name : null),
    hub,
    guards,
    isAllowedOrigin: isAllowed,
    checkJoinCode,
  });
  // One feed, three ways to read it, and the bytes each way puts on the wire.
  const wire = createWire();
  const doors = { hub, guards, wire, isAllowedOrigin: isAllowed, checkJoinCode };
  const feed = createFeed({ ...options.feed, ...doors });
  const poll = createPoll({ ...options.poll, ...doors });
  const feedWs = createFeedWs({ ...options.feedWs, ...doors });
  const clients = async () =>
    (await chat.info()).clients +
    feed.info().subscribers +
    poll.info().held +
    feedWs.info().sockets;
  const cluster = await createClusterControl(
    hub,
    () => instance.name,
    () => (options.onStopRequested ?? (() => void shutdown()))(),
  );
  const context: ApiContext = {
    startedAt: Date.now(),
    allowedOrigins: allowed.origins,
    urls: { app: '', foreign: '' },
    lan: null,
    classroom,
    hub,
    chat,
    feed,
    cluster,
    clients,
    topicBytes: { room: retention(roomTopic('x')).maxBytes, feed: retention(FEED_TOPIC).maxBytes },
    poll,
    feedWs,
    wire,
    rejectedOrigins: { count: 0 },
    guards,
    hosts: hosts.counters,
  };

  // Mounted once the ports (and so the config) are known; requests only arrive after that.
  const mounted: { app?: AppHandler } = {};
  const { handler, upgrade } = createEntry({
    hosts,
    guards,
    chat,
    feed,
    poll,
    feedWs,
    context,
    mounted,
    serveStatic,
    isolation: isolationFor(await findIsolatedMechanisms(resolve(ROOT, 'src/mechanisms'))),
  });
  const app = createHttpServer(handler).on('upgrade', upgrade);
  const foreign = createHttpServer(handler).on('upgrade', upgrade);
  const shutdown = async () => {
    cluster.close();
    feed.close();
    poll.close();
    feedWs.close();
    await chat.close();
    await Promise.all([closeServer(app), closeServer(foreign)]);
    if (ownsHub) await hub.close();
  };
  let ports: RunningServer['ports'];
  try {
    const appPort = await listen(app, options.port ?? DEFAULT_PORT, host, 'PORT');
    const foreignPort = await listen(
      foreign,
      options.foreignPort ?? DEFAULT_FOREIGN_PORT,
      host,
      'FOREIGN_PORT',
    );
    ports = { app: appPort, foreign: foreignPort };
    config.foreignPort = foreignPort;
  } catch (error) {
    await shutdown();
    throw error;
  }

  const loopbackOnly = host === '127.0.0.1' || host === '0.0.0.0' || host === '::';
  const shownHost = loopbackOnly ? 'localhost' : host;
  const lanUrl = lan?.address ? `http://${lan.address}:${ports.app}/` : null;
  const urls = {
    app: `http://${shownHost}:${ports.app}/`,
    foreign: `http://${shownHost}:${ports.foreign}/`,
    health: `http://${shownHost}:${ports.app}/api/health`,
    lan: lanUrl,
  };
  context.urls = { app: urls.app, foreign: urls.foreign };
  context.lan = lanUrl;
  mounted.app = options.app?.(config);
  // In classroom mode the allowlist admits exactly the LAN origins it prints, on both ports.
  const lanOrigins = lan?.address
    ? [ports.app, ports.foreign].map((port) => `http://${lan.address}:${port}`)
    : [];
  lanFrames.push(...lanOrigins);
  allowed.origins = appOrigins(
    [ports.app, ports.foreign],
    [...(options.allowedOrigins ?? []), ...lanOrigins],
  );
  context.allowedOrigins = allowed.origins;
  // In a cluster, each instance says it is alive (and how many it serves) for the server panel.
  instance.name ||= String(ports.app);
  if (isRedisHub(hub)) hub.instances.register({ name: instance.name, url: urls.app, clients });

  return {
    urls,
    lanProblem: lan && !lan.address ? (lan as { problem: string }).problem : null,
    host,
    ports,
    allowedOrigins: allowed.origins,
    hub,
    chat,
    feed,
    poll,
    feedWs,
    wire,
    close: shutdown,
  };
}
