// The signalling the two tabs exchange before a data channel exists: who is there (hello), the
// session descriptions (offer, answer) and the ICE candidates. WebRTC leaves signalling to the app
// (https://www.w3.org/TR/webrtc/#session-negotiation-model); here it rides on BroadcastChannel, or
// as chat text in a dedicated room of the server's WebSocket. Checked on arrival: both are
// boundaries other tabs (or other programs in the room) can write to.
import { parsePeer, type PeerRef } from '../../shared/envelope';

/** A WebSocket frame is at most 64 KiB; an SDP for one data channel is about 600 bytes. */
export const MAX_SDP = 32 * 1024;
export const MAX_CANDIDATE = 1024;

export type CandidateInit = {
  candidate: string;
  sdpMid: string | null;
  sdpMLineIndex: number | null;
  usernameFragment: string | null;
};

type Base = { rtc: 1; from: PeerRef; to: string | null };
export type Signal = Base &
  (
    | { type: 'hello'; reply: boolean }
    | { type: 'description'; description: { type: 'offer' | 'answer'; sdp: string } }
    /** `candidate: null` marks the end of this side's candidates. */
    | { type: 'candidate'; candidate: CandidateInit | null }
    /** "Offer now": the peer restarts ICE at once, so both sides offer at the same moment. */
    | { type: 'glare' }
    | { type: 'bye' }
  );
/** What a side says, before `rtc`, `from` and `to` are stamped on. */
export type SignalBody = Signal extends infer S
  ? S extends Signal
    ? Omit<S, 'rtc' | 'from' | 'to'>
    : never
  : never;
export type Decoded = { ok: true; signal: Signal } | { ok: false; reason: string };

type Record_ = Record<string, unknown>;
const isRecord = (v: unknown): v is Record_ =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const fail = (reason: string): Decoded => ({ ok: false, reason });

function decodeCandidate(value: unknown): CandidateInit | null | string {
  if (value === null) return null;
  if (!isRecord(value)) return 'candidate must be an object or null (end of candidates)';
  const { candidate, sdpMid, sdpMLineIndex, usernameFragment } = value;
  if (typeof candidate !== 'string') return 'candidate.candidate must be a string';
  if (candidate.length > MAX_CANDIDATE)
    return `candidate.candidate is over ${MAX_CANDIDATE} characters`;
  if (!isStringOrNull(sdpMid ?? null)) return 'candidate.sdpMid must be a string or null';
  const index = sdpMLineIndex ?? null;
  if (index !== null && !(Number.isInteger(index) && (index as number) >= 0))
    return 'candidate.sdpMLineIndex must be a whole number or null';
  if (!isStringOrNull(usernameFragment ?? null))
    return 'candidate.usernameFragment must be a string or null';
  return {
    candidate,
    sdpMid: (sdpMid as string | null | undefined) ?? null,
    sdpMLineIndex: index as number | null,
    usernameFragment: (usernameFragment as string | null | undefined) ?? null,
  };
}

/** One signalling message, typed; or the reason it is not one, in words a learner can act on. */
export function decodeSignal(data: unknown): Decoded {
  if (!isRecord(data))
    return fail(`a signal is an object, not ${data === null ? 'null' : typeof data}`);
  if (data.rtc !== 1) return fail('not a signal of this page (rtc: 1 is missing)');
  const from = parsePeer(data.from);
  if (typeof from === 'string') return fail(`from: ${from}`);
  const to = data.to ?? null;
  if (!isStringOrNull(to)) return fail('to must be a tab id or null (everyone)');
  const base = { rtc: 1 as const, from, to };
  switch (data.type) {
    case 'hello':
      return { ok: true, signal: { ...base, type: 'hello', reply: data.reply === true } };
    case 'glare':
    case 'bye':
      return { ok: true, signal: { ...base, type: data.type } };
    case 'description': {
      const d = data.description;
      if (!isRecord(d) || (d.type !== 'offer' && d.type !== 'answer'))
        return fail('description.type must be "offer" or "answer"');
      if (typeof d.sdp !== 'string' || !d.sdp.startsWith('v=0'))
        return fail('description.sdp must be SDP text (it starts with "v=0")');
      if (d.sdp.length > MAX_SDP) return fail(`description.sdp is over ${MAX_SDP} characters`);
      return {
        ok: true,
        signal: { ...base, type: 'description', description: { type: d.type, sdp: d.sdp } },
      };
    }
    case 'candidate': {
      if (!('candidate' in data)) return fail('a candidate signal needs candidate (or null)');
      const candidate = decodeCandidate(data.candidate);
      if (typeof candidate === 'string') return fail(candidate);
      return { ok: true, signal: { ...base, type: 'candidate', candidate } };
    }
    default:
      return fail(
        `unknown type ${JSON.stringify(data.type)} (hello, description, candidate, glare or bye)`,
      );
  }
}

/** One line for the log: what the signal says, without the whole SDP. */
export function describeSignal(signal: Signal): string {
  switch (signal.type) {
    case 'hello':
      return signal.reply ? 'hello (reply)' : 'hello: anyone there?';
    case 'description':
      return `${signal.description.type} (SDP, ${signal.description.sdp.split(/\r?\n/).filter(Boolean).length} lines)`;
    case 'candidate':
      return signal.candidate
        ? `ICE candidate ${candidateSummary(signal.candidate.candidate)}`
        : 'end of ICE candidates';
    case 'glare':
      return 'offer now (both sides offer at once)';
    case 'bye':
      return 'bye';
  }
}

/** "udp 192.0.2.2:45150 host" from an a=candidate line (RFC 8839 §5.1). */
export function candidateSummary(line: string): string {
  const parts = line.replace(/^candidate:/, '').split(' ');
  const [, , protocol, , address, port, , type] = parts;
  return protocol && address && port && type ? `${protocol} ${address}:${port} ${type}` : line;
}

/** Perfect negotiation needs one polite side: here, the tab whose id sorts after the other's. */
export const isPolite = (self: PeerRef, other: PeerRef): boolean => self.id > other.id;
