// One Node process: the app on `port`, the same app on a second, foreign origin, the API, the chat
// (`/ws`) and the feed (`/sse`), their state in a hub (memory unless one is given). The command
// line is cli.ts.
import { createServer as createHttpServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FOREIGN_PORT, DEFAULT_HOST, DEFAULT_PORT } from '../src/shared/endpoints';
import { createAccess } from './access';
import type { ApiContext } from './api';
import { createClassroom } from './classroom';
import { createClusterControl } from './cluster/control';
import { createEntry } from './entry';
import { createGuardCounters } from './guard/errors';
import { isRedisHub } from './hub/backplane';
import { openHub } from './hub/open-hub';
import { FEED_TOPIC, roomTopic } from './hub/topics';
import { findIsolatedMechanisms, isolationFor } from './isolation';
import { resolveLan } from './lan';
import { closeServer, listen, PortInUseError } from './listen';
import { createPoll } from './long-poll/index';
import { createFeed } from './sse-feed/index';
import { createWire } from './wire/index';
import { createFeedWs } from './ws-feed/index';
import { createStaticHandler } from './static-files';
import { serverUrls } from './urls';
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

export async function createServer(options: ServerOptions = {}): Promise<RunningServer> {
  const lan = resolveLan(options.lan);
  const host = options.host ?? (lan ? '0.0.0.0' : DEFAULT_HOST);
  const config: AppConfig = { foreignPort: 0 };
  const access = createAccess(options, host, lan);
  const { hosts, isAllowed } = access;
  const serveStatic = createStaticHandler(options.distDir ?? resolve(ROOT, 'dist'), {
    csp: access.csp,
    transformHtml: (html) => injectConfig(html, config),
  });
  const classroom = createClassroom({
    joinCode: options.joinCode || undefined,
    teacherToken: options.teacherToken || undefined,
  });
  const guards = createGuardCounters();
  const {
    hub,
    retention,
    owned: ownsHub,
  } = await openHub({
    ...options,
    replay: options.feed?.replay,
  });
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
    allowedOrigins: access.origins(),
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

  const urls = serverUrls(host, lan, ports);
  context.urls = { app: urls.app, foreign: urls.foreign };
  context.lan = urls.lan;
  mounted.app = options.app?.(config);
  context.allowedOrigins = access.admit([ports.app, ports.foreign]);
  // In a cluster, each instance says it is alive (and how many it serves) for the server panel.
  instance.name ||= String(ports.app);
  if (isRedisHub(hub)) hub.instances.register({ name: instance.name, url: urls.app, clients });

  return {
    urls,
    lanProblem: lan && !lan.address ? (lan as { problem: string }).problem : null,
    host,
    ports,
    allowedOrigins: access.origins(),
    hub,
    chat,
    feed,
    poll,
    feedWs,
    wire,
    close: shutdown,
  };
}
