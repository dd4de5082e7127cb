// One RTCPeerConnection to the paired tab, negotiated with "perfect negotiation": either side may
// offer at any time; when both do at once, the polite side rolls its offer back and answers, the
// impolite side ignores the other's offer. https://www.w3.org/TR/webrtc/#perfect-negotiation-example
// · https://developer.mozilla.org/en-US/docs/Web/API/WebRTC_API/Perfect_negotiation
// With it switched off, each side applies what arrives as it comes: the glare shows as errors.
import { errorInfo } from '../../lib/error-info';
import type { CandidateInit, Signal } from './protocol';

export type Outgoing =
  | { type: 'description'; description: { type: 'offer' | 'answer'; sdp: string } }
  | { type: 'candidate'; candidate: CandidateInit | null };

export type StateChange = { at: number; what: 'connection' | 'ice' | 'signaling'; value: string };
export type Collisions = { ignored: number; rolledBack: number; failed: number };

type Hooks = {
  polite: boolean;
  /** Read at each offer that arrives, so the switch acts on the next collision. */
  perfect: () => boolean;
  send: (signal: Outgoing) => void;
  changed: () => void;
  note: (tone: 'status' | 'error', text: string) => void;
  channel: (channel: RTCDataChannel) => void;
  clock: () => number;
};

export type PeerLink = ReturnType<typeof createPeerLink>;

/** No STUN or TURN: on one machine or one network, host candidates reach each other. */
export const RTC_CONFIG: RTCConfiguration = { iceServers: [] };

export function createPeerLink(hooks: Hooks) {
  const pc = new RTCPeerConnection(RTC_CONFIG);
  const history: StateChange[] = [];
  const collisions: Collisions = { ignored: 0, rolledBack: 0, failed: 0 };
  let makingOffer = false;
  let ignoreOffer = false;
  let answerPending = false;
  let closed = false;

  const track = (what: StateChange['what'], value: string) => {
    history.push({ at: hooks.clock(), what, value });
    if (history.length > 14) history.shift();
    hooks.changed();
  };
  pc.addEventListener('connectionstatechange', () => track('connection', pc.connectionState));
  pc.addEventListener('iceconnectionstatechange', () => track('ice', pc.iceConnectionState));
  pc.addEventListener('signalingstatechange', () => track('signaling', pc.signalingState));
  pc.addEventListener('datachannel', (event) => hooks.channel(event.channel));
  pc.addEventListener('icecandidate', ({ candidate }) =>
    hooks.send({ type: 'candidate', candidate: candidate ? toInit(candidate) : null }),
  );

  // Fired when a channel (the first one: it adds the SCTP m-line) or an ICE restart needs an offer.
  pc.addEventListener('negotiationneeded', async () => {
    try {
      makingOffer = true;
      // No argument: the browser makes the right description for the state (an offer here).
      await pc.setLocalDescription();
      if (pc.localDescription)
        hooks.send({ type: 'description', description: describe(pc.localDescription) });
    } catch (error) {
      fail('making an offer', error);
    } finally {
      makingOffer = false;
    }
  });

  function fail(doing: string, error: unknown) {
    if (closed) return;
    const { name, message } = errorInfo(error);
    collisions.failed++;
    hooks.note('error', `${doing} failed: ${name}: ${message}`);
    hooks.changed();
  }

  async function onDescription(description: { type: 'offer' | 'answer'; sdp: string }) {
    const perfect = hooks.perfect();
    const readyForOffer = !makingOffer && (pc.signalingState === 'stable' || answerPending);
    const collision = description.type === 'offer' && !readyForOffer;
    if (perfect && collision) {
      ignoreOffer = !hooks.polite;
      if (ignoreOffer) {
        collisions.ignored++;
        hooks.note(
          'status',
          'offers collided: impolite, this tab ignores theirs and keeps its own',
        );
        hooks.changed();
        return;
      }
      collisions.rolledBack++;
      hooks.note(
        'status',
        'offers collided: polite, this tab rolls its own back and answers theirs',
      );
    } else ignoreOffer = false;
    try {
      answerPending = description.type === 'answer';
      // A polite side in have-local-offer rolls back implicitly here (WebRTC 1.0, setRemoteDescription).
      await pc.setRemoteDescription(description);
      answerPending = false;
      if (description.type === 'offer') {
        await pc.setLocalDescription();
        if (pc.localDescription)
          hooks.send({ type: 'description', description: describe(pc.localDescription) });
      }
    } catch (error) {
      answerPending = false;
      fail(`applying their ${description.type}`, error);
    }
  }

  async function onCandidate(candidate: CandidateInit | null) {
    try {
      await pc.addIceCandidate(candidate ?? undefined);
    } catch (error) {
      // Candidates of an offer this side ignored cannot be added: expected, not an error.
      if (!ignoreOffer) fail('adding an ICE candidate', error);
    }
  }

  return {
    pc,
    history: () => history,
    collisions: () => collisions,
    handle(signal: Signal) {
      if (signal.type === 'description') void onDescription(signal.description);
      else if (signal.type === 'candidate') void onCandidate(signal.candidate);
    },
    /** An ICE restart needs a new offer: negotiationneeded fires on this side. */
    restartIce: () => pc.restartIce(),
    close() {
      closed = true;
      pc.close();
    },
  };
}

const describe = (d: RTCSessionDescription) => ({ type: d.type as 'offer' | 'answer', sdp: d.sdp });

function toInit(candidate: RTCIceCandidate): CandidateInit {
  return {
    candidate: candidate.candidate,
    sdpMid: candidate.sdpMid,
    sdpMLineIndex: candidate.sdpMLineIndex,
    usernameFragment: candidate.usernameFragment,
  };
}
