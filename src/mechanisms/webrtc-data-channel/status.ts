import type { StatusPattern } from '../../lib/status-types';

// The status lines this page and its transport write into the log, in English exactly as
// written (a `{name}` is a value). The log reads them back in Chinese (status.zh-cn.ts); in
// English it shows them as written, so they load with Chinese only.
export const texts = {
  'rtc.status.waiting': 'signalling open ({via}): waiting for another tab',
  'rtc.status.viaBrowser': 'this browser',
  'rtc.status.viaServer': 'server',
  'rtc.status.polite': 'paired with {name}: this tab is polite',
  'rtc.status.impolite': 'paired with {name}: this tab is impolite',
  'rtc.status.left': '{name} left: waiting for another tab',
  'rtc.status.open': 'data channel "{label}" open to {partner} ({facts})',
  'rtc.status.facts': 'ordered: {ordered}, maxRetransmits: {max}',
  'rtc.status.reliable': 'null (reliable)',
  'rtc.status.closed': 'data channel "{label}" closed',
  'rtc.status.signal': 'signalling {dir} {signal}',
  'rtc.status.hello': 'hello: anyone there?',
  'rtc.status.helloReply': 'hello (reply)',
  'rtc.status.sdp': '{type} (SDP, {n} lines)',
  'rtc.status.candidate': 'ICE candidate {candidate}',
  'rtc.status.candidatesEnd': 'end of ICE candidates',
  'rtc.status.glare': 'offer now (both sides offer at once)',
  'rtc.status.bye': 'bye',
  'rtc.status.ignored': 'offers collided: impolite, this tab ignores theirs and keeps its own',
  'rtc.status.rolledBack':
    'offers collided: polite, this tab rolls its own back and answers theirs',
  'rtc.status.failed': '{doing} failed: {error}',
  'rtc.status.makingOffer': 'making an offer',
  'rtc.status.applyingOffer': 'applying their offer',
  'rtc.status.applyingAnswer': 'applying their answer',
  'rtc.status.addingCandidate': 'adding an ICE candidate',
  'rtc.status.signallingLost': 'signalling lost: {reason}',
  // Signals and notes that came before the page listened, beyond what the session holds (session.ts).
  'rtc.status.heldDropped': 'early handshake lines not shown: {n} (the page holds {max})',
  'rtc.status.undecodable': 'a signal could not be deserialized',
  'rtc.status.serverSaid': 'the server said {kind}: {body}',
  'rtc.status.socketClosed':
    'the WebSocket closed ({code}); an open data channel goes on without it',
  'rtc.status.socketNotOpen': 'the WebSocket is not open: the signal was not sent',
  'rtc.status.unsupported': 'this browser has no RTCPeerConnection',
  'rtc.status.burstStopped': 'burst stopped: {message}',
  'rtc.status.channelIs': 'the channel is {state}',
  'rtc.status.channelFailed': 'the data channel failed',
  'rtc.status.loopbackTimeout': 'the loopback data channel did not open in 10 s',
  'rtc.status.notReady': 'not ready yet',
  'rtc.status.binary': 'binary: an ArrayBuffer, not an envelope',
  'rtc.status.paired': 'already paired with {name}: one data channel per pair of tabs',
  'rtc.status.notPartner': "{name} is not this tab's partner",
  'rtc.status.notSignal': 'not a signal: {reason}',
  // Why a signal from another tab (or anyone in the room) is refused (protocol.ts).
  'rtc.reject.notObject': 'a signal is an object, not {type}',
  'rtc.reject.notOurs': 'not a signal of this page (rtc: 1 is missing)',
  'rtc.reject.from': 'from: {reason}',
  'rtc.reject.to': 'to must be a tab id or null (everyone)',
  'rtc.reject.descType': 'description.type must be "offer" or "answer"',
  'rtc.reject.sdp': 'description.sdp must be SDP text (it starts with "v=0")',
  'rtc.reject.sdpLong': 'description.sdp is over {max} characters',
  'rtc.reject.needsCandidate': 'a candidate signal needs candidate (or null)',
  'rtc.reject.unknownType': 'unknown type {type} (hello, description, candidate, glare or bye)',
  'rtc.reject.candidate': 'candidate must be an object or null (end of candidates)',
  'rtc.reject.candidateText': 'candidate.candidate must be a string',
  'rtc.reject.candidateLong': 'candidate.candidate is over {max} characters',
  'rtc.reject.sdpMid': 'candidate.sdpMid must be a string or null',
  'rtc.reject.lineIndex': 'candidate.sdpMLineIndex must be a whole number or null',
  'rtc.reject.ufrag': 'candidate.usernameFragment must be a string or null',
  'rtc.to.socketRoom': 'WebSocket room "{room}"',
  'rtc.to.dataChannel': 'data channel → {name}',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}

// Lines that carry values: the groups fill the key's values in order (lib/status-types.ts).
export const patterns: readonly StatusPattern[] = [
  [/^signalling open \((.+)\): waiting for another tab$/, 'rtc.status.waiting', ['via*']],
  [/^paired with (.+): this tab is polite$/, 'rtc.status.polite', ['name']],
  [/^paired with (.+): this tab is impolite$/, 'rtc.status.impolite', ['name']],
  [/^(.+) left: waiting for another tab$/, 'rtc.status.left', ['name']],
  [
    /^data channel "(.*)" open to (.+) \((ordered: .*)\)$/,
    'rtc.status.open',
    ['label', 'partner', 'facts*'],
  ],
  [/^ordered: (true|false), maxRetransmits: (.+)$/, 'rtc.status.facts', ['ordered', 'max*']],
  [/^data channel "(.*)" closed$/, 'rtc.status.closed', ['label']],
  [/^signalling (→|←) (.+)$/, 'rtc.status.signal', ['dir', 'signal*']],
  [/^(offer|answer|pranswer|rollback) \(SDP, (\d+) lines\)$/, 'rtc.status.sdp', ['type', 'n']],
  [/^ICE candidate (.+)$/, 'rtc.status.candidate', ['candidate']],
  [
    /^(making an offer|applying their (?:offer|answer)|adding an ICE candidate) failed: (.+)$/,
    'rtc.status.failed',
    ['doing*', 'error!'],
  ],
  [/^signalling lost: (.+)$/, 'rtc.status.signallingLost', ['reason*']],
  [
    /^early handshake lines not shown: (\d+) \(the page holds (\d+)\)$/,
    'rtc.status.heldDropped',
    ['n', 'max'],
  ],
  [/^the server said (error|rate-limited): (.*)$/, 'rtc.status.serverSaid', ['kind', 'body']],
  [
    /^the WebSocket closed \((\d+)\); an open data channel goes on without it$/,
    'rtc.status.socketClosed',
    ['code'],
  ],
  [/^burst stopped: (.+)$/, 'rtc.status.burstStopped', ['message!']],
  [/^the channel is (\S+)$/, 'rtc.status.channelIs', ['state']],
  [/^WebSocket room "(.*)"$/, 'rtc.to.socketRoom', ['room']],
  [/^data channel → (.+)$/, 'rtc.to.dataChannel', ['name']],
  [/^already paired with (.+): one data channel per pair of tabs$/, 'rtc.status.paired', ['name']],
  [/^(.+) is not this tab's partner$/, 'rtc.status.notPartner', ['name']],
  [/^not a signal: (.+)$/, 'rtc.status.notSignal', ['reason*']],
  [/^a signal is an object, not (\S+)$/, 'rtc.reject.notObject', ['type']],
  [/^from: (.+)$/, 'rtc.reject.from', ['reason*']],
  [/^description\.sdp is over (\d+) characters$/, 'rtc.reject.sdpLong', ['max']],
  [
    /^unknown type (.+) \(hello, description, candidate, glare or bye\)$/,
    'rtc.reject.unknownType',
    ['type'],
  ],
  [/^candidate\.candidate is over (\d+) characters$/, 'rtc.reject.candidateLong', ['max']],
];
