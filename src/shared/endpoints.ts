// Ports and paths shared by the app, the server, the tests and the benchmarks.
export const DEFAULT_PORT = 4173;
export const DEFAULT_FOREIGN_PORT = 4174;
export const DEFAULT_HOST = '127.0.0.1';

export const PATHS = {
  health: '/api/health',
  ws: '/ws',
  sse: '/sse',
} as const;
