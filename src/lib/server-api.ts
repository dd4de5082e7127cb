// The REST side of the Comms Lab server (mock-server/api.ts), as typed calls that fail with a
// readable message. The pages read these through react-query (src/hooks/server-queries.ts).
import type { Envelope } from '../shared/envelope';
import type { Member, PublishEvent } from '../shared/server-protocol';

export type Health = {
  ok: true;
  name: 'comms-lab';
  uptimeMs: number;
  /** Classroom mode: where students join. */
  lan: string | null;
  joinCode: 'required' | 'none';
};

export type ServerInfo = {
  uptimeMs: number;
  ws: {
    clients: number;
    rooms: { room: string; members: Member[] }[];
    counters: Record<
      | 'accepted'
      | 'messages'
      | 'binary'
      | 'rejectedOrigin'
      | 'malformed'
      | 'rateLimited'
      | 'oversize'
      | 'terminated'
      | 'dropped',
      number
    >;
  };
  sse: {
    subscribers: number;
    epoch: string;
    lastId: string | null;
    buffered: number;
    retryMs: number;
    counters: Record<
      | 'served'
      | 'published'
      | 'rejectedPublish'
      | 'rejectedOrigin'
      | 'replayed'
      | 'resets'
      | 'dropped',
      number
    >;
  };
  api: { rejectedOrigins: number };
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: 'application/json', ...init?.headers },
    });
  } catch {
    throw new ApiError(0, 'the server did not answer (is it running?)');
  }
  const type = response.headers.get('content-type') ?? '';
  // A static host answers /api/* with its index.html (or a 404 page): not our server.
  if (!type.includes('application/json'))
    throw new ApiError(response.status, 'this is not the Comms Lab server (no JSON API here)');
  const body = (await response.json().catch(() => null)) as { message?: string } | null;
  if (!response.ok) throw new ApiError(response.status, body?.message ?? `HTTP ${response.status}`);
  return body as T;
}

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export const serverApi = {
  health: () => request<Health>('/api/health'),
  joinCheck: (code: string) =>
    request<{ ok: true }>(`/api/join-check?code=${encodeURIComponent(code)}`),
  info: () => request<ServerInfo>('/api/info'),
  publish: (event: PublishEvent, envelope: Envelope) =>
    request<{ id: string; delivered: number }>('/api/sse/publish', post({ event, envelope })),
  drop: (how: 'close' | 'terminate') =>
    request<{ websockets: number; streams: number }>('/api/admin/drop', post({ how })),
};
