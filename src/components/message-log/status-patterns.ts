import { statusEn, type StatusKey } from './status-en';

// A close's meaning is one of the known ones (which may hold ": " themselves), then the reason.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MEANINGS = (Object.keys(statusEn) as StatusKey[])
  .filter((key) => key.startsWith('close.'))
  .map((key) => escape(statusEn[key]))
  .join('|');

/**
 * Status texts that carry values: each pattern's groups fill its key's parameters, in order. A
 * name ending in * holds a text of its own, translated in turn ("long poll: socket open"). The
 * first pattern that matches wins, so the narrower ones come first.
 */
export const STATUS_PATTERNS: [RegExp, StatusKey, string[]][] = [
  [/^(long poll|EventSource|WebSocket): (.+)$/, 'why.way', ['way*', 'reason*']],
  [/^listening from (.+)$/, 'why.listeningFrom', ['id']],
  [/^attempt (\d+)$/, 'why.attempt', ['n']],
  [/^this tab is the leader \(term (\d+)\): it alone opens the feed$/, 'why.leader', ['term']],
  [
    /^controlled by v(\S+); (\d+) queued message\(s\) sent$/,
    'why.controlledFlushed',
    ['version', 'count'],
  ],
  [/^controlled by v(\S+)$/, 'why.controlledBy', ['version']],
  [/^(connected|reconnected); (\d+) queued message\(s\) sent$/, 'why.flushed', ['state*', 'count']],
  [
    /^v(\S+): (parsed|installing|installed|activating|activated|redundant)$/,
    'why.swState',
    ['version', 'state'],
  ],
  [/^NotFoundError: tab (\S+) has gone: nothing was relayed$/, 'why.swTabGone', ['id']],
  [new RegExp(`^(\\d{4}) (${MEANINGS}): (.*)$`), 'why.closeWith', ['code', 'meaning*', 'reason']],
  [new RegExp(`^(\\d{4}) (${MEANINGS})$`), 'why.close', ['code', 'meaning*']],
  [/^instance lost: moving, resuming after (.+)$/, 'why.instanceLost', ['id*']],
  [
    /^connection lost; the browser retries in (\d+) ms and sends Last-Event-ID (.+)$/,
    'why.sseRetryIn',
    ['ms', 'id*'],
  ],
  [/^connection lost; the browser retries and sends Last-Event-ID (.+)$/, 'why.sseRetry', ['id*']],
  [
    /^FeedReset: the server restarted: events after (\S+) cannot be replayed$/,
    'why.resetRestarted',
    ['id'],
  ],
  [/^FeedReset: (\S+) event\(s\) after (\S+) are no longer kept$/, 'why.resetTooOld', ['n*', 'id']],
  [/^FeedReset: the id (\S+) means nothing to this server$/, 'why.resetUnknown', ['id']],
  [/^resumed after (\S+): (\d+) missed event\(s\) replayed$/, 'why.sseResumed', ['id', 'n']],
  [/^closed \((\d+)\): reconnecting in 1 s (.+)$/, 'why.socketRetry', ['code', 'from*']],
  [/^the held request failed \((.*)\): asking again (.+)$/, 'why.pollFailed', ['message', 'from*']],
  [/^after (\S+)$/, 'why.fromCursor', ['cursor']],
  [/^HTTP (\d+): (.+)$/, 'why.http', ['status', 'message*']],
  [/^signalling open \((.+)\): waiting for another tab$/, 'why.rtcWaiting', ['via*']],
  [/^paired with (.+): this tab is polite$/, 'why.rtcPolite', ['name']],
  [/^paired with (.+): this tab is impolite$/, 'why.rtcImpolite', ['name']],
  [/^(.+) left: waiting for another tab$/, 'why.rtcLeft', ['name']],
  [
    /^data channel "(.*)" open to (.+) \((ordered: .*)\)$/,
    'why.rtcOpen',
    ['label', 'partner', 'facts*'],
  ],
  [/^ordered: (true|false), maxRetransmits: (.+)$/, 'why.rtcFacts', ['ordered', 'max*']],
  [/^data channel "(.*)" closed$/, 'why.rtcClosed', ['label']],
  [/^signalling (→|←) (.+)$/, 'why.rtcSignal', ['dir', 'signal*']],
  [/^(offer|answer|pranswer|rollback) \(SDP, (\d+) lines\)$/, 'why.rtcSdp', ['type', 'n']],
  [/^ICE candidate (.+)$/, 'why.rtcCandidate', ['candidate']],
  [
    /^(making an offer|applying their (?:offer|answer)|adding an ICE candidate) failed: (.+)$/,
    'why.rtcFailed',
    ['doing*', 'error'],
  ],
  [/^signalling lost: (.+)$/, 'why.rtcSignallingLost', ['reason*']],
  [/^the server said (error|rate-limited): (.*)$/, 'why.rtcServerSaid', ['kind', 'body']],
  [
    /^the WebSocket closed \((\d+)\); an open data channel goes on without it$/,
    'why.rtcSocketClosed',
    ['code'],
  ],
  [/^burst stopped: (.+)$/, 'why.rtcBurstStopped', ['message']],
  [/^the feed at (.+), three ways$/, 'to.feedWays', ['address']],
  [/^channel "(.*)"$/, 'to.channel', ['name']],
  [/^lock "(.*)"$/, 'to.lock', ['name']],
  [/^WebSocket room "(.*)"$/, 'to.socketRoom', ['room']],
  [/^(.+) · room "(.*)"$/, 'to.room', ['url', 'room']],
  [/^data channel → (.+)$/, 'to.dataChannel', ['name']],
  [/^already paired with (.+): one data channel per pair of tabs$/, 'why.rtcPaired', ['name']],
  [/^(.+) is not this tab's partner$/, 'why.rtcNotPartner', ['name']],
  [/^not a signal: (.+)$/, 'why.rtcNotSignal', ['reason']],
  [/^(.+) left \(said goodbye\)$/, 'why.leftGoodbye', ['name']],
  [/^(.+) went silent \(no heartbeat for (\d+) s\)$/, 'why.wentSilent', ['name', 's']],
];
