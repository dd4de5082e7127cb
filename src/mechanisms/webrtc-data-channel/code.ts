import type { CodeText } from '../../lib/code-comments';
import type { Via } from './state';

// The comments in other languages, loaded only when one is chosen.
const comments = { 'zh-CN': () => import('./code.zh-cn') };

export type CodeSettings = { via: Via; ordered: boolean; noRetransmit: boolean; perfect: boolean };

const signalling = (via: Via) =>
  via === 'server'
    ? `// Signalling through the server's chat: a room of its own, each signal as a chat message.
const ws = new WebSocket('/ws');
ws.onopen = () => ws.send(JSON.stringify({ kind: 'join', body: { room: 'rtc-signal' } /* , … */ }));
const signal = (message) => ws.send(JSON.stringify({ kind: 'chat', body: message /* , … */ }));
ws.onmessage = (e) => { const env = JSON.parse(e.data); if (env.kind === 'chat') onSignal(env.body); };`
    : `// Signalling between tabs of this browser: any channel both can reach will do.
const bc = new BroadcastChannel('comms-lab-rtc');
const signal = (message) => bc.postMessage(message);
bc.onmessage = (e) => onSignal(e.data);`;

const onOffer = (perfect: boolean) =>
  perfect
    ? `  if (description) {
    const collision = description.type === 'offer' &&
      (makingOffer || pc.signalingState !== 'stable');
    ignoreOffer = !polite && collision;        // impolite: keep mine, drop theirs
    if (ignoreOffer) return;
    await pc.setRemoteDescription(description); // polite: rolls mine back implicitly
    if (description.type === 'offer') {
      await pc.setLocalDescription();
      signal({ description: pc.localDescription });
    }
  }`
    : `  if (description) {
    // No collision check: two offers at once leave each side with an answer it cannot apply.
    await pc.setRemoteDescription(description);
    if (description.type === 'offer') {
      await pc.setLocalDescription();
      signal({ description: pc.localDescription });
    }
  }`;

export function rtcCode({ via, ordered, noRetransmit, perfect }: CodeSettings): CodeText {
  const options = [`ordered: ${ordered}`, ...(noRetransmit ? ['maxRetransmits: 0'] : [])].join(
    ', ',
  );
  const text = `${signalling(via)}

// No iceServers: host candidates are enough on one network. Across the internet add
// { urls: 'stun:…' } to learn the public address, and a TURN server to relay behind strict NATs.
const pc = new RTCPeerConnection({ iceServers: [] });
const polite = myId > partnerId;               // one side must give way
let makingOffer = false, ignoreOffer = false;

pc.onicecandidate = ({ candidate }) => signal({ candidate });
pc.onnegotiationneeded = async () => {
  makingOffer = true;
  await pc.setLocalDescription();               // an offer, made for the current state
  signal({ description: pc.localDescription });
  makingOffer = false;
};
pc.onconnectionstatechange = () => console.log(pc.connectionState, pc.iceConnectionState);

async function onSignal({ description, candidate }) {
${onOffer(perfect)}
  if (candidate !== undefined) await pc.addIceCandidate(candidate ?? undefined).catch((e) => {
    if (!ignoreOffer) throw e;
  });
}

const channel = pc.createDataChannel('chat', { ${options} });
channel.binaryType = 'arraybuffer';
channel.onopen = () => channel.send('hello');
channel.onmessage = (e) => console.log(e.data instanceof ArrayBuffer ? 'binary' : 'text', e.data);

// Backpressure: never let the buffer grow without bound.
channel.bufferedAmountLowThreshold = 256 * 1024;
async function sendAll(chunks) {
  for (const chunk of chunks) {
    if (channel.bufferedAmount > 1024 * 1024)
      await new Promise((r) => channel.addEventListener('bufferedamountlow', r, { once: true }));
    channel.send(chunk);
  }
}
`;
  return { text, comments };
}

/** Every variant the page can show, for the test that holds each translation complete. */
export const codeCases = (): CodeText[] => {
  const vias: Via[] = ['this-browser', 'server'];
  const flags = [true, false];
  return vias.flatMap((via) =>
    flags.flatMap((ordered) =>
      flags.flatMap((noRetransmit) =>
        flags.map((perfect) => rtcCode({ via, ordered, noRetransmit, perfect })),
      ),
    ),
  );
};
