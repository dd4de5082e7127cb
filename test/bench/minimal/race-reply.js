// The answer every race counterpart gives, built as public/race-echo.js builds it: a `race-echo`
// envelope naming the race message (`body.ref`) and carrying its payload back. Shared by the
// minimal page's own counterparts (the two workers below and the second RTCPeerConnection), which
// run in a window or a worker alike.
export function raceReply(envelope, from, seq) {
  if (!envelope || typeof envelope !== 'object' || envelope.kind !== 'race') return null;
  return {
    v: 1,
    id: `${from.id}-${seq}`,
    mechanism: envelope.mechanism,
    sender: from,
    recipient: envelope.sender && envelope.sender.id,
    kind: 'race-echo',
    body: { ref: envelope.id, payload: envelope.body },
    sentAt: performance.timeOrigin + performance.now(),
    seq,
  };
}
