// Reading a Chrome trace too large for one string. A whole Race traced with one event per task
// (every thread of every process) writes over 512 MB of JSON, and V8 cannot make a string that long
// ("Cannot create a string longer than 0x1fffffe8 characters"), so `JSON.parse` of the whole file
// fails. Here each event of `traceEvents` is cut out of the bytes and parsed on its own, and only the
// events a caller keeps stay in memory.
// The format: https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU
import type { TraceEvent } from './long-tasks';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;

/**
 * Every object directly inside the array that follows `"traceEvents":` (or the top-level array of
 * an older trace), parsed one at a time; `keep` decides which stay. Strings are skipped byte by byte
 * so that a brace inside an argument's text never counts.
 */
export function eachTraceEvent(
  bytes: Buffer,
  keep: (event: TraceEvent) => boolean = () => true,
): TraceEvent[] {
  const key = bytes.indexOf('"traceEvents"');
  let i = key < 0 ? bytes.indexOf('[') : bytes.indexOf('[', key);
  if (i < 0) throw new Error('no traceEvents array in the trace');
  const out: TraceEvent[] = [];
  let depth = 0;
  let start = -1;
  for (i += 1; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      // Skip the string: to the next quote that no backslash escapes.
      for (i += 1; i < bytes.length && bytes[i] !== QUOTE; i++) if (bytes[i] === BACKSLASH) i++;
    } else if (byte === OPEN) {
      if (depth++ === 0) start = i;
    } else if (byte === CLOSE) {
      if (--depth === 0) {
        const event = JSON.parse(bytes.toString('utf8', start, i + 1)) as TraceEvent;
        if (keep(event)) out.push(event);
      }
    } else if (byte === 0x5d && depth === 0) break; // the array's closing bracket
  }
  return out;
}
