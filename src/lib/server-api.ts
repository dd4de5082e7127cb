// The REST side of the Comms Lab server (mock-server/api.ts), as typed calls that fail with a
// readable message. The pages read these through react-query (src/hooks/server-queries.ts).
import type { Envelope } from '../shared/envelope';
import type { Member, PublishEvent } from '../shared/server-protocol';
import { readServerSaid } from '../shared/server-words';
import { readJoinCode, readTeacherToken } from './join-code';

export type Health = {
  ok: true;
  name: 'comms-lab';
  uptimeMs: number;
  /** Classroom mode: where students join. */
  lan: string | null;
  joinCode: 'required' | 'none';
  /** Classroom mode: teacher actions need the token the server printed. */
  teacherToken?: 'required' | 'none';
};

/** A bound the server keeps: its limit and what it holds now (see mock-server, /api/info). */
export type ServerBounds = {
  ws: Partial<
    Record<
      | 'maxBufferedBytes'
      | 'bufferedBytes'
      | 'maxRooms'
      | 'rooms'
      | 'maxMembersPerRoom'
      | 'maxConnections'
      | 'connections',
      number
    >
  >;
  sse: Partial<
    Record<'maxBacklogBytes' | 'backlogBytes' | 'maxStreams' | 'streams' | 'replay', number>
  >;
  history: Partial<
    Record<'budgetBytes' | 'bytes' | 'topics' | 'evictedTopics' | 'trimmedEntries', number>
  >;
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
    > &
      Partial<
        Record<
          | 'slowCut'
          | 'capped'
          | 'protocolErrors'
          | 'invalidUtf8'
          | 'rejectedCode'
          | 'idsReassigned',
          number
        >
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
    > &
      Partial<Record<'slowCut' | 'capped' | 'rejectedCode', number>>;
  };
  api: { rejectedOrigins: number; rejectedHost?: number };
  /** Exceptions a handler caught and answered (the process kept serving). */
  errors?: Partial<Record<'http' | 'upgrade' | 'wsMessage' | 'sse', number>>;
  classroom?: Partial<Record<'joinFailed' | 'joinThrottled' | 'teacherRefused', number>>;
  bounds?: ServerBounds;
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

const joinHeader = (): Record<string, string> => {
  const code = readJoinCode();
  return code ? { 'X-Join-Code': code } : {};
};

/** The server's answer to a request, once it is known to be a success (else its refusal is thrown). */
async function answer(path: string, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      // In classroom mode every route with class state needs the join code.
      headers: { Accept: 'application/json', ...joinHeader(), ...init?.headers },
    });
  } catch {
    throw new ApiError(0, 'the server did not answer (is it running?)');
  }
  const type = response.headers.get('content-type') ?? '';
  // A static host answers /api/* with its index.html (or a 404 page): not our server.
  if (!type.includes('application/json'))
    throw new ApiError(response.status, 'this is not the Comms Lab server (no JSON API here)');
  if (!response.ok) {
    // A known code in this app's English (the log and the pages read it back in their language).
    const said = readServerSaid(await response.json().catch(() => null), 'message');
    throw new ApiError(response.status, said ?? `HTTP ${response.status}`);
  }
  return response;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  return (await (await answer(path, init)).json().catch(() => null)) as T;
}

/**
 * A request whose success needs no reading: the body is read only when it is a refusal (for its
 * reason). Reading even a small body costs the page a body stream, a loader and a parse: with 32
 * publishes in flight, about 330 µs of the 1,800 µs of main-thread time each SSE message cost
 * (issue 16; not reading it: 1,490 µs, a bare `void fetch()`: 1,410 µs). An unread body is
 * released with its Response. https://fetch.spec.whatwg.org/#concept-body-consume-body
 */
async function deliver(path: string, init?: RequestInit): Promise<void> {
  await answer(path, init);
}

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const teacherHeader = (token = readTeacherToken()): Record<string, string> =>
  token ? { 'X-Teacher-Token': token } : {};

export const serverApi = {
  health: () => request<Health>('/api/health'),
  joinCheck: (code: string) =>
    request<{ ok: true }>(`/api/join-check?code=${encodeURIComponent(code)}`),
  info: () => request<ServerInfo>('/api/info'),
  publish: (event: PublishEvent, envelope: Envelope) =>
    request<{ id: string; delivered: number }>('/api/sse/publish', post({ event, envelope })),
  /** The same publish for a sender that hears the event on the stream: a success is not read. */
  publishUnread: (event: PublishEvent, envelope: Envelope) =>
    deliver('/api/sse/publish', post({ event, envelope })),
  teacherCheck: (token: string) =>
    request<{ ok: true }>('/api/teacher-check', { headers: teacherHeader(token) }),
  drop: (how: 'close' | 'terminate') =>
    request<{ websockets: number; streams: number }>(
      '/api/admin/drop',
      post({ how }, teacherHeader()),
    ),
  /** A teacher action in a cluster: the named instance stops (any instance passes it on). */
  stopInstance: (name: string) =>
    request<{ stopping: string }>('/api/admin/stop-instance', post({ name }, teacherHeader())),
  /** The break-it switch (teacher): chat rooms of every instance over Streams or plain pub/sub. */
  setTransport: (mode: 'streams' | 'pubsub') =>
    request<{ mode: string }>('/api/admin/transport', post({ mode }, teacherHeader())),
};
