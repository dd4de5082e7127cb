// The chat protocol as this page reads it: one decoder for every envelope the server writes
// (src/shared/server-protocol.ts says what it writes), so neither the transport nor the page casts
// a body. An envelope that does not match is still logged as it arrived, but drives no state.
import { parseEnvelope, type Envelope } from '../../shared/envelope';
import type { Member, ServerBodies, ServerKind } from '../../shared/server-protocol';

export type ServerMessage = { [K in ServerKind]: { kind: K; body: ServerBodies[K] } }[ServerKind];

type Body = Record<string, unknown>;
const isBody = (value: unknown): value is Body =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isMember = (value: unknown): value is Member =>
  isBody(value) && isString(value.id) && isString(value.name) && isString(value.color);
/** A room's members; an older server that sends no total means everyone is listed. */
function roomView(b: Body): ServerBodies['presence'] | null {
  const { room, members, total } = b;
  if (!isString(room) || !Array.isArray(members) || !members.every(isMember)) return null;
  if (total !== undefined && !isCount(total)) return null;
  return { room, members, total: total ?? members.length };
}

const isWelcome = (b: Body): b is ServerBodies['welcome'] =>
  isString(b.connection) && isCount(b.heartbeatMs) && isBody(b.limits);
const isHistory = (b: Body): b is ServerBodies['history'] =>
  isString(b.room) &&
  Array.isArray(b.messages) &&
  b.messages.every((message) => parseEnvelope(message).ok);
const NOTICE_EVENTS: readonly unknown[] = ['join', 'leave', 'rename'];
const isNotice = (b: Body): b is ServerBodies['notice'] =>
  NOTICE_EVENTS.includes(b.event) &&
  Array.isArray(b.names) &&
  b.names.every(isString) &&
  isCount(b.more) &&
  isString(b.room) &&
  (b.previous === undefined || isString(b.previous));
const isAck = (b: Body): b is ServerBodies['ack'] =>
  isString(b.id) && isCount(b.delivered) && (b.hubId === undefined || isString(b.hubId));
const isBinaryEcho = (b: Body): b is ServerBodies['binary-echo'] => isCount(b.bytes);
const isRateLimited = (b: Body): b is ServerBodies['rate-limited'] =>
  isCount(b.retryInMs) && (b.id === undefined || isString(b.id));
const isError = (b: Body): b is ServerBodies['error'] =>
  isString(b.reason) && (b.id === undefined || isString(b.id));

/** The server's message, typed; null when the envelope is not the server's or does not match. */
export function decodeServer(envelope: Envelope): ServerMessage | null {
  const body = envelope.body;
  if (envelope.sender.kind !== 'server' || !isBody(body)) return null;
  switch (envelope.kind) {
    case 'welcome':
      return isWelcome(body) ? { kind: 'welcome', body } : null;
    case 'joined':
    case 'presence': {
      const view = roomView(body);
      return view ? { kind: envelope.kind, body: view } : null;
    }
    case 'history':
      return isHistory(body) ? { kind: 'history', body } : null;
    case 'notice':
      return isNotice(body) ? { kind: 'notice', body } : null;
    case 'ack':
      return isAck(body) ? { kind: 'ack', body } : null;
    case 'binary-echo':
      return isBinaryEcho(body) ? { kind: 'binary-echo', body } : null;
    case 'rate-limited':
      return isRateLimited(body) ? { kind: 'rate-limited', body } : null;
    case 'error':
      return isError(body) ? { kind: 'error', body } : null;
    default:
      return null;
  }
}
