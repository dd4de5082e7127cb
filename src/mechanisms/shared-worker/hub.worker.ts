// One SharedWorker for every tab of the origin that names the same script URL and name. Each tab
// gets its own MessagePort (the `connect` event); the worker lives while any tab holds one, and the
// browser never tells it that a tab went away, so tabs send heartbeats and the hub drops the silent.
// https://html.spec.whatwg.org/multipage/workers.html#shared-workers-and-the-sharedworker-interface
import { parseEnvelope, type Envelope, type PeerRef } from '../../shared/envelope';
import {
  HEARTBEAT_MS,
  parseTabMessage,
  SILENCE_MS,
  type Departure,
  type HubToTab,
} from './protocol';

// A SharedWorkerGlobalScope; the app's type settings describe a window, so declared by hand.
type ConnectEvent = { ports: readonly MessagePort[] };
const scope = globalThis as unknown as {
  addEventListener(type: 'connect', listener: (event: ConnectEvent) => void): void;
};
const clock = () => performance.timeOrigin + performance.now();

// The hub's own memory: shared by every tab, gone when the last one closes.
const hubId = Math.random().toString(36).slice(2, 8);
const startedAt = Date.now();
let relayed = 0;
let nextPort = 0;
type Tab = { port: MessagePort; id: string; peer: PeerRef | null; since: number; seen: number };
const tabs = new Map<string, Tab>();
const HUB: PeerRef = {
  id: `hub-${hubId}`,
  name: 'SharedWorker hub',
  color: '#0f766e',
  kind: 'worker',
};
let seq = 0;

// A relay changes only the `relayed` count, and a state message makes every tab redraw its hub
// panel: sent on every relay, a flood of N messages among T tabs cost N × T state messages and
// N × T redraws. So after a relay the state goes out once per STATE_EVERY_MS at most; who comes and
// goes (hello, goodbye, silence) still goes out at once, and takes a pending relay's state with it.
const STATE_EVERY_MS = 50;
let pending: ReturnType<typeof setTimeout> | undefined;

function relayedSoon() {
  pending ??= setTimeout(() => broadcast(), STATE_EVERY_MS);
}

function broadcast(departed?: Departure) {
  clearTimeout(pending);
  pending = undefined;
  const ports = [...tabs.values()]
    .filter((tab) => tab.peer)
    .map((tab) => ({ port: tab.id, peer: tab.peer as PeerRef, since: tab.since }));
  for (const tab of tabs.values()) {
    const message: HubToTab = {
      hub: 'state',
      hubId,
      startedAt,
      relayed,
      ports,
      you: tab.id,
      departed,
    };
    tab.port.postMessage(message);
  }
}

function drop(tab: Tab, why: Departure['why']) {
  // A silent port stays open: if its tab was only asleep, its next heartbeat brings it back.
  if (why === 'goodbye') tab.port.close();
  tabs.delete(tab.id);
  broadcast(tab.peer ? { peer: tab.peer, why } : undefined);
}

/** The race asks the hub itself: the payload comes straight back to the one port that sent it. */
function raceEcho(tab: Tab, message: Envelope) {
  const reply: Envelope = {
    v: 1,
    id: `${HUB.id}-${++seq}`,
    mechanism: message.mechanism,
    sender: HUB,
    recipient: message.sender.id,
    kind: 'race-echo',
    body: { ref: message.id, payload: message.body },
    sentAt: clock(),
    seq,
  };
  tab.port.postMessage(reply);
}

function onMessage(tab: Tab, data: unknown, isClone: boolean) {
  tab.seen = Date.now();
  const control = parseTabMessage(data);
  // Dropped for silence but alive after all (a hidden tab's timers are throttled): welcome it back.
  if (!tabs.has(tab.id) && control?.hub !== 'bye') {
    tabs.set(tab.id, tab);
    broadcast();
  }
  const parsed = parseEnvelope(data, isClone);
  if (parsed.ok) {
    if (parsed.envelope.kind === 'race') return raceEcho(tab, parsed.envelope);
    let to = 0;
    for (const other of tabs.values())
      if (other !== tab && other.peer) {
        other.port.postMessage(parsed.envelope);
        to++;
      }
    relayed++;
    const receipt: HubToTab = { hub: 'relayed', ref: parsed.envelope.id, to };
    tab.port.postMessage(receipt);
    return relayedSoon();
  }
  if (control?.hub === 'hello') {
    tab.peer = control.peer;
    return broadcast();
  }
  if (control?.hub === 'bye' && tabs.has(tab.id)) drop(tab, 'goodbye');
}

scope.addEventListener('connect', (event) => {
  const port = event.ports[0];
  if (!port) return;
  const tab: Tab = {
    port,
    id: `port-${++nextPort}`,
    peer: null,
    since: Date.now(),
    seen: Date.now(),
  };
  tabs.set(tab.id, tab);
  // Setting onmessage starts the port; addEventListener would need port.start().
  port.onmessage = (message: MessageEvent) => onMessage(tab, message.data, message.isTrusted);
});

// Nothing fires when a tab closes without saying goodbye (a crash, a killed process, no pagehide):
// silence is the only sign.
setInterval(() => {
  const limit = Date.now() - SILENCE_MS;
  for (const tab of [...tabs.values()]) if (tab.seen < limit) drop(tab, 'silent');
}, HEARTBEAT_MS);
