// The page's plain requests: publish to the feed, read this page's byte counts, and the teacher's
// "drop all connections". Each fails with the server's own message.
import { readTeacherToken } from '../../lib/join-code';
import { ApiError } from '../../lib/server-api';
import { readServerSaid } from '../../shared/server-words';
import type { Envelope } from '../../shared/envelope';
import { PATHS } from '../../shared/endpoints';
import type { WireStats } from '../../shared/feed-ways';
import type { WaysCore } from './ways-core';

export type DropResult = {
  polls?: number;
  streams?: number;
  feedSockets?: number;
  websockets?: number;
};

async function call<T>(fetchFn: typeof fetch, url: string, init?: RequestInit): Promise<T> {
  const response = await fetchFn(url, { cache: 'no-store', ...init });
  const body = (await response.json().catch(() => null)) as T | null;
  if (response.ok && body !== null) return body;
  throw new ApiError(response.status, readServerSaid(body, 'message') ?? `HTTP ${response.status}`);
}

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export const publish = (core: WaysCore, fetchFn: typeof fetch, envelope: Envelope) =>
  call<{ id: string }>(fetchFn, core.url('/api/sse/publish'), post({ event: 'message', envelope }));

export const readWire = (core: WaysCore, fetchFn: typeof fetch) =>
  call<WireStats>(fetchFn, core.url(PATHS.wire));

export function dropAll(core: WaysCore, fetchFn: typeof fetch) {
  const token = readTeacherToken();
  return call<DropResult>(
    fetchFn,
    core.url('/api/admin/drop'),
    post({}, token ? { 'X-Teacher-Token': token } : {}),
  );
}
