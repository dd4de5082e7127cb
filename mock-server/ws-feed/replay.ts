// Replay, then live, for one feed socket: pages of history sent and awaited (a reader that does not
// read holds one page, not the whole history), then a hub subscription from the last id sent, so
// nothing published meanwhile is lost or doubled.
import type { WebSocket } from 'ws';
import { FEED_TOPIC } from '../hub/topics';
import { serverText } from '../../src/shared/server-words';
import type { Hub, HubEntry, HubSubscription } from '../hub/types';
import { REPLAY_PAGE, type Start } from '../sse-feed/resume';

export type FeedSocket = {
  ws: WebSocket;
  alive: boolean;
  subscription: HubSubscription | null;
  send(frame: object | string): void;
};

/** The stored JSON is embedded as it is: no second parse per event per reader. */
const frameOf = (e: HubEntry) =>
  `{"type":"event","id":${JSON.stringify(e.id)},"event":${JSON.stringify(e.kind)},"data":${e.data}}`;

const sendAndWait = (ws: WebSocket, text: string) =>
  new Promise<boolean>((resolve) => ws.send(text, (error) => resolve(!error)));

export async function replayThenLive(hub: Hub, socket: FeedSocket, start: Start): Promise<number> {
  const { ws } = socket;
  let cursor = start.cursor;
  let page = start.first;
  let replayed = 0;
  while (page && ws.readyState === ws.OPEN) {
    for (const entry of page.entries) {
      if (!(await sendAndWait(ws, frameOf(entry)))) return replayed;
      cursor = entry.id;
      replayed++;
    }
    if (!page.more) break;
    page = await hub.read(FEED_TOPIC, { after: cursor, limit: REPLAY_PAGE });
    // The history moved past this reader while it replayed: close; its reconnect gets a reset.
    if (page.gap) {
      ws.close(1013, serverText('close-history'));
      return replayed;
    }
  }
  if (ws.readyState !== ws.OPEN) return replayed;
  const subscription = await hub.subscribe(FEED_TOPIC, { after: cursor }, (entry) =>
    socket.send(frameOf(entry)),
  );
  if (subscription.gap || ws.readyState !== ws.OPEN) {
    subscription.close();
    if (subscription.gap) ws.close(1013, serverText('close-history'));
    return replayed;
  }
  socket.subscription = subscription;
  return replayed;
}
