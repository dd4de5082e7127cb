// From raw ws data to a checked client frame: bytes to text, a depth bound before JSON.parse (so
// nothing deeper than JSON_LIMITS.depth is ever parsed or serialised again), then the protocol.
import type { RawData } from 'ws';
import { parseClientFrame, type ClientFrameResult } from '../../src/shared/server-protocol';
import { JSON_LIMITS, tooDeep } from '../guard/json';

export function rawBytes(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

export function decodeFrame(data: RawData): ClientFrameResult {
  const text = rawBytes(data).toString('utf8');
  if (tooDeep(text))
    return { ok: false, reason: `the frame nests deeper than ${JSON_LIMITS.depth} levels` };
  return parseClientFrame(text);
}

/** The id of the envelope a frame carries, if it has a readable one (for refusal notices). */
export function frameId(data: RawData, isBinary: boolean): string | undefined {
  if (isBinary) return undefined;
  const parsed = decodeFrame(data);
  return parsed.ok ? parsed.envelope.id : parsed.id;
}
