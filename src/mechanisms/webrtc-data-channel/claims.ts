import './i18n';
import type { Claim } from '../../lib/claim-types';

const SPEC = 'test/e2e/webrtc-data-channel.spec.ts';
const WEBRTC = 'https://www.w3.org/TR/webrtc/';

/** What the data channel page teaches, each with the test or source that backs it. */
export const claims: readonly Claim[] = [
  {
    text: 'rtc.teach.signalling',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'a message typed in one tab arrives in the other over the data channel',
      },
      {
        kind: 'test',
        spec: SPEC,
        title: 'two browser contexts signal through the server WebSocket and connect',
      },
      {
        kind: 'source',
        url: `${WEBRTC}#session-negotiation-model`,
        label: 'WebRTC 1.0, the session negotiation model',
      },
    ],
  },
  {
    text: 'rtc.teach.direct',
    proof: [
      {
        kind: 'source',
        url: 'https://www.rfc-editor.org/rfc/rfc8831',
        label: 'RFC 8831, WebRTC data channels',
      },
    ],
  },
  {
    text: 'rtc.teach.options',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'an unordered channel with maxRetransmits 0 reads back the same on both sides',
      },
      {
        kind: 'source',
        url: 'https://www.rfc-editor.org/rfc/rfc8832#section-5.1',
        label: 'RFC 8832, DATA_CHANNEL_OPEN',
      },
    ],
  },
  {
    text: 'rtc.teach.binary',
    proof: [{ kind: 'test', spec: SPEC, title: 'an ArrayBuffer arrives as binary' }],
  },
  {
    text: 'rtc.teach.backpressure',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'a burst drains bufferedAmount below the threshold and fires bufferedamountlow',
      },
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/RTCDataChannel/bufferedamountlow_event',
        label: 'MDN, bufferedamountlow',
      },
    ],
  },
  {
    text: 'rtc.teach.glare',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'both tabs offer at once: perfect negotiation still connects',
      },
      {
        kind: 'test',
        spec: SPEC,
        title: 'without perfect negotiation, two offers at once end in negotiation errors',
      },
      {
        kind: 'source',
        url: `${WEBRTC}#perfect-negotiation-example`,
        label: 'WebRTC 1.0, perfect negotiation example',
      },
    ],
  },
  {
    text: 'rtc.teach.internet',
    proof: [
      {
        kind: 'source',
        url: 'https://www.rfc-editor.org/rfc/rfc8445#section-5.1.1',
        label: 'RFC 8445 (ICE), gathering candidates',
      },
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/WebRTC_API/Protocols',
        label: 'MDN, WebRTC protocols: ICE, STUN, NAT, TURN',
      },
    ],
  },
];
