// One real server per chat test file (a 100 ms heartbeat, no feed timers), and the chat clients its
// tests open, all closed when the file is done.
import { afterAll, beforeAll } from 'vitest';
import { createServer, type RunningServer } from '../../../mock-server/index';
import { openChat, peer, type ChatClient } from './clients';

export function useChatServer() {
  let server: RunningServer | undefined;
  const open: ChatClient[] = [];
  beforeAll(async () => {
    server = await createServer({
      port: 0,
      foreignPort: 0,
      distDir: 'dist',
      chat: { heartbeatMs: 100 },
      feed: { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 },
    });
  });
  afterAll(async () => {
    for (const client of open) client.close();
    await server?.close();
  });
  const running = () => {
    if (!server) throw new Error('the server is not up yet (use it inside a test)');
    return server;
  };
  const lab = {
    get server() {
      return running();
    },
    get url() {
      return `ws://127.0.0.1:${running().ports.app}/ws`;
    },
    get origin() {
      return `http://localhost:${running().ports.app}`;
    },
    /** Closes this client when the file is done. */
    keep(client: ChatClient) {
      open.push(client);
      return client;
    },
    /** A client welcomed by the server and joined to `room`. */
    async chat(name: string, room = 'lobby') {
      const client = lab.keep(await openChat(lab.url, lab.origin, peer(name)));
      await client.server('welcome');
      await client.join(room);
      return client;
    },
  };
  return lab;
}
