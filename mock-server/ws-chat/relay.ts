// How a relayed chat message is written to each member: the stored envelope with the hub's id
// (the client's resume cursor) and, when instances share the hub, the instances it passed (`via`):
// the one that took it in (kept in the entry's `from`, after the publishing connection's id) and
// this one, which hands it out. String work only: fan-out to a thousand members parses nothing.
import type { HubEntry } from '../hub/types';

const SEPARATOR = '@';

/** The entry's `from`: the publishing connection, and its instance when there are several. */
export const publisherKey = (connection: string, instance: string | null) =>
  instance === null ? connection : `${connection}${SEPARATOR}${instance}`;

/** The connection that published an entry (so the fan-out skips it). */
export function publisherOf(from: string | undefined): string | undefined {
  const at = from?.indexOf(SEPARATOR) ?? -1;
  return at < 0 ? from : from?.slice(0, at);
}

/** The relayed envelope as this instance sends it. */
export function relayedText(entry: HubEntry, out: string | null): string {
  if (!entry.data.endsWith('}')) return entry.data;
  const at = entry.from?.indexOf(SEPARATOR) ?? -1;
  const via =
    out !== null && at >= 0
      ? `,"via":${JSON.stringify({ in: entry.from?.slice(at + 1), out })}`
      : '';
  return `${entry.data.slice(0, -1)},"hubId":${JSON.stringify(entry.id)}${via}}`;
}
