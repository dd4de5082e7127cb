// Ports and paths shared by the app, the server, the tests and the benchmarks.
export const DEFAULT_PORT = 4173;
export const DEFAULT_FOREIGN_PORT = 4174;
export const DEFAULT_HOST = '127.0.0.1';

export const PATHS = {
  health: '/api/health',
  ws: '/ws',
  sse: '/sse',
  /** The same feed as `/sse`, one held request at a time (long polling). */
  poll: '/api/poll',
  /** The same feed again, as WebSocket frames. */
  feedWs: '/ws/feed',
  /** Bytes on the wire per way of reading the feed, as the server counted them. */
  wire: '/api/wire',
} as const;
