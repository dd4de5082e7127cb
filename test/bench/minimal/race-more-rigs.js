// The minimal race's rigs for the mechanisms added after the first seven, each doing by hand what
// the app's rig (src/mechanisms/<id>/race.ts) does with the same counterpart: a dedicated worker, a
// SharedWorker and a second RTCPeerConnection, all answering with race-reply.js. `answered(data)`
// settles the race message the data names (race.js).
import { raceReply } from './race-reply.js';

const here = (file) => new URL(file, import.meta.url);

/** No STUN or TURN, as the app (RTC_CONFIG): on one machine the host candidates reach each other. */
const RTC_CONFIG = { iceServers: [] };

function opened(channel, ms) {
  return new Promise((resolve, reject) => {
    if (channel.readyState === 'open') return resolve();
    const timer = setTimeout(
      () => reject(new Error(`the loopback data channel did not open in ${ms / 1000} s`)),
      ms,
    );
    channel.addEventListener('open', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/**
 * Two RTCPeerConnections in this tab, the descriptions and candidates handed across directly (no
 * signalling path), as the app's rig. A candidate that lands before its remote description is
 * refused; the later ones carry the connection, as in the app.
 * https://w3c.github.io/webrtc-pc/#dom-peerconnection-addicecandidate
 */
async function loopback() {
  const a = new RTCPeerConnection(RTC_CONFIG);
  const b = new RTCPeerConnection(RTC_CONFIG);
  const ignore = () => {};
  a.addEventListener('icecandidate', (e) =>
    b.addIceCandidate(e.candidate ?? undefined).catch(ignore),
  );
  b.addEventListener('icecandidate', (e) =>
    a.addIceCandidate(e.candidate ?? undefined).catch(ignore),
  );
  const channel = a.createDataChannel('race');
  const far = new Promise((resolve) =>
    b.addEventListener('datachannel', (e) => resolve(e.channel), { once: true }),
  );
  await a.setLocalDescription();
  await b.setRemoteDescription(a.localDescription);
  await b.setLocalDescription();
  await a.setRemoteDescription(b.localDescription);
  await opened(channel, 10_000);
  return { a, b, channel, far: await far };
}

export function moreRigs(answered, hubScript) {
  return [
    {
      id: 'worker-message-channel',
      async setup() {
        const worker = new Worker(here('./race-echo-worker.js'), { type: 'module' });
        worker.addEventListener('message', (e) => answered(e.data));
        return { send: (m) => worker.postMessage(m), dispose: () => worker.terminate() };
      },
    },
    {
      id: 'shared-worker',
      async setup() {
        // `hubScript`: the app's own built hub (the bench's --minimal-hub app), so this page and the
        // app race against the same worker code and only the pages differ.
        const hub = new SharedWorker(hubScript ?? here('./race-hub-worker.js'), {
          type: 'module',
          name: 'minimal-race-hub',
        });
        hub.port.onmessage = (e) => answered(e.data);
        return { send: (m) => hub.port.postMessage(m), dispose: () => hub.port.close() };
      },
    },
    {
      id: 'webrtc-data-channel',
      async setup() {
        const { a, b, channel, far } = await loopback();
        const echo = { id: 'minimal-rtc-echo', name: 'RTC echo', color: '#6b7280', kind: 'tab' };
        let seq = 0;
        far.addEventListener('message', (e) => {
          const reply = raceReply(JSON.parse(e.data), echo, seq + 1);
          if (!reply) return;
          seq++;
          far.send(JSON.stringify(reply));
        });
        channel.addEventListener('message', (e) => answered(JSON.parse(e.data)));
        return {
          send: (m) => channel.send(JSON.stringify(m)),
          dispose: () => (a.close(), b.close()),
        };
      },
    },
  ];
}
