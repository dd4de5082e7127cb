// A topic's stream entries as the hub's entries, and where a client's cursor (a hub id) stands in
// that stream. A stream id is `<seq>-0`: the hub's sequence number is the id's first part, so a
// cursor turns into an XRANGE start with no lookup.
// https://redis.io/docs/latest/develop/data-types/streams/#entry-ids
import { formatHubId, parseHubId } from './ids';
import type { TopicState } from './redis-scripts';
import type { StreamEntry } from './redis-streams';
import type { HubEntry, HubGap } from './types';

export const seqOf = (streamId: string) => Number(streamId.slice(0, streamId.indexOf('-')));

export function entryOf(topic: string, entry: StreamEntry, seq: number): HubEntry {
  const { o, k, d, f } = entry.fields;
  const hubEntry: HubEntry = {
    id: formatHubId(o ?? '0', seq),
    topic,
    kind: k ?? '',
    data: d ?? '',
  };
  if (f) hubEntry.from = f;
  return hubEntry;
}

/** Where `after` stands in this topic: the first seq to read, and the gap if there is one. */
export function locate(
  state: TopicState,
  after: string | null | undefined,
): { from: number; gap: HubGap | null } {
  if (after === null || after === undefined) return { from: state.oldest, gap: null };
  const cursor = parseHubId(after);
  if (!cursor || (cursor.origin === state.origin && cursor.seq > state.seq))
    return { from: state.seq + 1, gap: { reason: 'unreadable', lost: null } };
  if (cursor.origin !== state.origin)
    return { from: state.oldest, gap: { reason: 'other-origin', lost: null } };
  if (cursor.seq < state.oldest - 1)
    return { from: state.oldest, gap: { reason: 'trimmed', lost: state.oldest - 1 - cursor.seq } };
  return { from: cursor.seq + 1, gap: null };
}
