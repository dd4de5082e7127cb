// What the chat server said, kept for the page: the room and its members, acks, and the resume
// cursor per room (the last message id up to which this tab has everything, its own included), so
// a join after a drop, on this instance or another, asks for exactly what it missed.
import { now } from '../../lib/clock';
import { ResumeCursor, type ResumeReport } from '../../lib/resume-cursor';
import type { TransportEvent } from '../../lib/transport-types';
import type { Envelope, Via } from '../../shared/envelope';
import { WS_LIMITS, type Member } from '../../shared/server-protocol';
import { readServerSaid } from '../../shared/server-words';
import type { ServerMessage } from './protocol';

export type SessionState = {
  room: string;
  members: Member[];
  /** Everyone in the room (members lists at most 100). */
  total: number;
  /** Milliseconds from send to the server's ack, for the last chat message. */
  lastAckMs: number | null;
  connection: string | null;
  /** Where this tab stands in its room: the cursor it resumes from, gaps and duplicates seen. */
  resume: ResumeReport;
  /** The instances the last relayed message passed (in a cluster). */
  lastVia: Via | null;
};

export type ChatSession = ReturnType<typeof createChatSession>;

export function createChatSession(room: string, emit: (event: TransportEvent) => void) {
  const cursors = new Map<string, ResumeCursor>();
  const pendingAcks = new Map<string, number>();
  let members: Member[] = [];
  let total = 0;
  let connection: string | null = null;
  let lastAckMs: number | null = null;
  let lastVia: Via | null = null;
  const cursor = (name = room) => {
    let found = cursors.get(name);
    if (!found) cursors.set(name, (found = new ResumeCursor()));
    return found;
  };
  const error = (name: string, message: string, at: number) =>
    emit({ type: 'error', at, error: { name, message } });

  return {
    /** The join frame's body: the room, and where to resume from when this tab was in it before. */
    joinBody() {
      const after = cursors.get(room)?.value ?? null;
      return after === null ? { room } : { room, after };
    },
    moveTo(next: string) {
      room = next;
      members = [];
      total = 0;
    },
    sentChat: (id: string) => pendingAcks.set(id, now()),
    /** A chat message relayed from another member. */
    relayed(envelope: Envelope) {
      cursor().observe(envelope.hubId, 'live');
      if (envelope.via) lastVia = envelope.via;
    },
    onServer(message: ServerMessage, at: number) {
      switch (message.kind) {
        case 'welcome':
          connection = message.body.connection;
          break;
        case 'joined':
        case 'presence':
          if (message.body.room === room) {
            members = message.body.members;
            total = message.body.total;
          }
          break;
        case 'history':
          cursor(message.body.room).history(message.body);
          break;
        case 'ack': {
          const sentAt = pendingAcks.get(message.body.id);
          pendingAcks.delete(message.body.id);
          if (sentAt !== undefined) lastAckMs = at - sentAt;
          cursor().observe(message.body.hubId, 'own');
          break;
        }
        case 'rate-limited':
          error(
            'RateLimited',
            `the server refused a message: over ${WS_LIMITS.ratePerSecond}/s (bursts of ${WS_LIMITS.burst}); try again in ${message.body.retryInMs} ms`,
            at,
          );
          break;
        case 'error':
          // A known code in this app's own English (read back in the reader's language).
          error('ServerError', readServerSaid(message.body, 'reason') ?? message.body.reason, at);
          break;
      }
    },
    /** The connection closed: who is here is unknown until the next join; the cursors stay. */
    closed() {
      connection = null;
      members = [];
      total = 0;
    },
    state: (): SessionState => ({
      room,
      members,
      total,
      lastAckMs,
      connection,
      resume: cursors.get(room)?.report() ?? {
        cursor: null,
        gaps: 0,
        duplicates: 0,
        resumedFrom: null,
        resumes: 0,
      },
      lastVia,
    }),
  };
}
