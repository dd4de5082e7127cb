// From raw ws data to a checked client frame: bytes to text, a depth bound before JSON.parse (so
// nothing deeper than JSON_LIMITS.depth is ever parsed or serialised again), then the protocol.
import type { RawData } from 'ws';
import {
  parseClientFrame,
  type ClientFrame,
  type ServerBodies,
} from '../../src/shared/server-protocol';
import type { Envelope } from '../../src/shared/envelope';
import { said, type ServerSaid } from '../../src/shared/server-words';
import { JSON_LIMITS, tooDeep } from '../guard/json';

export function rawBytes(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

export type DecodedFrame =
  | { ok: true; envelope: Envelope; frame: ClientFrame }
  | { ok: false; said: ServerSaid; id?: string };

export function decodeFrame(data: RawData): DecodedFrame {
  const text = rawBytes(data).toString('utf8');
  if (tooDeep(text))
    return { ok: false, said: said('frame-too-deep', { depth: JSON_LIMITS.depth }) };
  const parsed = parseClientFrame(text);
  if (parsed.ok) return parsed;
  // The shared validator's words ("unknown kind …"), which the page reads back in its language.
  return { ok: false, said: said('frame-invalid', { detail: parsed.reason }), id: parsed.id };
}

/** An `error` frame's body: the English as `reason` (what clients read), with its code beside. */
export const errorBody = ({ code, params, message }: ServerSaid, id?: string) => {
  const body: ServerBodies['error'] = { reason: message, code };
  if (params) body.params = params;
  if (id !== undefined) body.id = id;
  return body;
};

/** The id of the envelope a frame carries, if it has a readable one (for refusal notices). */
export function frameId(data: RawData, isBinary: boolean): string | undefined {
  if (isBinary) return undefined;
  const parsed = decodeFrame(data);
  return parsed.ok ? parsed.envelope.id : parsed.id;
}
