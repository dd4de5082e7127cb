// One rule for "this Chinese text has no English prose left", shared by the unit test of the log's
// status texts and the end-to-end check of the log in zh-CN (issue 12). What may stay as written is
// what a learner needs verbatim: values (they carry digits: ids, versions, addresses), URLs, header
// and MIME names (Last-Event-ID, text/event-stream), API names (EventSource, maxRetransmits),
// acronyms (ICE, SDP), quoted names and the few plain-word identifiers listed below.
const HAN = /[\u3400-\u9fff]/;
const TOKEN = /[A-Za-z0-9_.:/@-]+/g;
const IDENTIFIERS = new Set([
  // RTCSessionDescription types and perfect negotiation's roles.
  'offer',
  'answer',
  'pranswer',
  'rollback',
  'polite',
  'impolite',
  // ServiceWorker.state values.
  'parsed',
  'installing',
  'installed',
  'activating',
  'activated',
  'redundant',
  // RTCDataChannel's property values, ICE candidate protocols and types.
  'ordered',
  'null',
  'true',
  'false',
  'udp',
  'tcp',
  'host',
  'srflx',
  'prflx',
  'relay',
  // typeof's answers (a raw message's type: "not an object (string)").
  'string',
  'number',
  'boolean',
  'undefined',
  'bigint',
  'symbol',
  'function',
  'object',
  'array',
  // The Worker constructor (https://developer.mozilla.org/en-US/docs/Web/API/Worker).
  'Worker',
  // The long poll's query (`after=`), the Web Locks API, units.
  'after',
  'id',
  'Web',
  'Locks',
  'https',
  'localhost',
  'ms',
  'KiB',
  'MiB',
  // The cluster's store (the server's "backplane down: Redis is unreachable").
  'Redis',
]);

export const hasChinese = (text: string): boolean => HAN.test(text);

/** The English words in `text` that are prose, not identifiers or values (empty when none). */
export function englishProse(text: string): string[] {
  const left: string[] = [];
  // A quoted text is a name (a channel's label, a lock's name), a URL an address: as given.
  const unquoted = text.replace(/“[^”]*”|"[^"]*"|\b[a-z][\w+.-]*:\/\/\S+/g, '');
  for (const raw of unquoted.match(TOKEN) ?? []) {
    const token = raw.replace(/^[.:/@-]+|[.:/@-]+$/g, '');
    if (!/[A-Za-z]{2}/.test(token) || /\d/.test(token)) continue;
    // A tab's short tag ("红狐 3fa9", src/lib/identity.ts): four hex digits, sometimes all letters.
    if (/^[0-9a-f]{4}$/.test(token)) continue;
    if (/^https?:\/\//.test(token) || /^[A-Za-z]+(?:[-/][A-Za-z]+)+$/.test(token)) continue;
    if (/[a-z][A-Z]/.test(token) || /^[A-Z]{2,}$/.test(token)) continue;
    // An error's name (RTCError, DOMException, plain Error) is an API name.
    if (/^(?:[A-Z]\w*)?(?:Error|Exception)$/.test(token)) continue;
    if (!IDENTIFIERS.has(token)) left.push(token);
  }
  return left;
}
