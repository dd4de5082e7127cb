// The other end of the comparison page's Race (src/app/race/): answers each `race` envelope with a
// `race-echo` envelope carrying the same payload back, on the mechanism named in the query string:
//   ?mode=bc&channel=NAME   BroadcastChannel
//   ?mode=storage&key=KEY   localStorage + the storage event
//   ?mode=window&peer=ORIGIN  postMessage with the parent or opener (only from ORIGIN)
// Plain JavaScript with no build step, so the minimal bench page can use it too.
const query = new URLSearchParams(location.search);
const mode = query.get('mode');
const kind = window.opener ? 'popup' : 'iframe';
const self = { id: `race-echo-${mode}`, name: 'Race echo', color: '#6b7280', kind };
let seq = 0;

function echo(envelope) {
  if (!envelope || typeof envelope !== 'object' || envelope.kind !== 'race') return null;
  return {
    v: 1,
    id: `${self.id}-${++seq}`,
    mechanism: envelope.mechanism,
    sender: self,
    recipient: envelope.sender && envelope.sender.id,
    kind: 'race-echo',
    body: { ref: envelope.id, payload: envelope.body },
    sentAt: performance.timeOrigin + performance.now(),
    seq,
  };
}

if (mode === 'bc') {
  const channel = new BroadcastChannel(query.get('channel') || 'comms-lab-race');
  channel.onmessage = (event) => {
    const reply = echo(event.data);
    if (reply) channel.postMessage(reply);
  };
} else if (mode === 'storage') {
  const key = query.get('key') || 'comms-lab-race';
  window.addEventListener('storage', (event) => {
    if (event.key !== key || event.newValue === null) return;
    let data;
    try {
      data = JSON.parse(event.newValue);
    } catch {
      return;
    }
    const reply = echo(data);
    if (reply) localStorage.setItem(key, JSON.stringify(reply));
  });
} else if (mode === 'window') {
  const peer = query.get('peer');
  window.addEventListener('message', (event) => {
    if (event.origin !== peer || !event.source) return;
    const reply = echo(event.data);
    if (reply) event.source.postMessage(reply, event.origin);
  });
}
