// A reader of `/ws/feed` (the feed as WebSocket frames, mock-server/ws-feed): every frame kept in
// the order it came, the events among them, and the close code once the socket closes.
import WebSocket from 'ws';
import type { FeedFrame } from '../../../src/shared/feed-ways';

export type FeedSocket = ReturnType<typeof openFeedSocket>;

/** `port`: the server's app port; `query`: `after=<id>` and any other parameters. */
export function openFeedSocket(port: number, query: string, origin = `http://127.0.0.1:${port}`) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws/feed?${query}`, { origin });
  const frames: FeedFrame[] = [];
  ws.on('message', (data) => frames.push(JSON.parse(String(data)) as FeedFrame));
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  const events = () =>
    frames.filter((f): f is Extract<FeedFrame, { type: 'event' }> => f.type === 'event');
  return { ws, frames, events, closed };
}
