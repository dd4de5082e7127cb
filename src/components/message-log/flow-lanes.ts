// The flow view's geometry in words: which participant (lane) each log entry leaves from and
// arrives at. Pure, so it is unit-tested without a DOM.
import type { FlowRule } from '../../lib/mechanism-types';
import type { PeerRef } from '../../shared/envelope';
import type { LogEntry } from '../../store/log-types';

export type LaneKind = 'tab' | 'frame' | 'popup' | 'worker' | 'server' | 'place';
export type Lane = { key: string; name: string; color?: string; kind: LaneKind };
export type FlowKind = 'message' | 'rejected' | 'lost' | 'note';
/** `through`: the lanes a message passed between sender and receiver (instance, Redis, instance). */
export type FlowStep = { from: Lane; to: Lane; kind: FlowKind; through: Lane[] };

const SERVER: Lane = { key: 'server', name: 'Server', kind: 'server' };
const workerLane = (name: string): Lane => ({ key: `worker:${name}`, name, kind: 'worker' });
const instanceLane = (name: string): Lane => ({
  key: `instance:${name}`,
  name: `Server ${name}`,
  kind: 'server',
});
const REDIS: Lane = { key: 'redis', name: 'Redis', kind: 'place' };

/**
 * The hop through Redis, from what the relaying server wrote on the envelope (`via`): the instance
 * that took the message in, Redis, and the instance that handed it out (the same one when sender
 * and receiver share an instance: the message still went through Redis).
 */
function throughOf(entry: LogEntry): Lane[] {
  const via = entry.envelope?.via;
  return via ? [instanceLane(via.in), REDIS, instanceLane(via.out)] : [];
}
/** Each mechanism's rule (its `flow`), by id; an unknown id draws its messages to a place. */
export type FlowRules = (mechanism: string) => FlowRule | undefined;

/** The tab that wrote the entry: this tab, or the tab an imported log came from. */
export const ownerOf = (entry: LogEntry, self: PeerRef): PeerRef => entry.source ?? self;

const peerLane = (peer: Pick<PeerRef, 'id' | 'name' | 'color' | 'kind'>): Lane => {
  if (peer.kind === 'server') return SERVER;
  if (peer.kind === 'worker') return workerLane(peer.name);
  return {
    key: `peer:${peer.id}`,
    name: peer.name,
    color: peer.color,
    kind: peer.kind === 'iframe' ? 'frame' : peer.kind === 'popup' ? 'popup' : 'tab',
  };
};

/** Where this tab's messages go: the server, the worker, or the frame, popup, channel or key. */
function targetLane(entry: LogEntry, rule: FlowRule | undefined): Lane {
  if (rule?.sendsTo === 'server') return SERVER;
  if (rule?.sendsTo === 'worker') return workerLane(rule.name);
  // Addressed to one frame or popup: its own lane, the one its answers come from.
  const recipient = entry.envelope?.recipient;
  if (recipient)
    return {
      key: `peer:${recipient}`,
      name: (entry.to ?? recipient).split(' · ')[0] ?? recipient,
      kind: rule?.sendsTo === 'place' ? rule.addressed : 'frame',
    };
  const to = entry.to ?? entry.mechanism;
  return { key: `place:${entry.mechanism}:${to}`, name: to, kind: 'place' };
}

/** Where an entry starts and ends, and how to draw it. */
export function stepOf(entry: LogEntry, self: PeerRef, rules: FlowRules): FlowStep {
  const owner = peerLane(ownerOf(entry, self));
  switch (entry.direction) {
    case 'sent':
      return {
        from: owner,
        to: targetLane(entry, rules(entry.mechanism)),
        kind: 'message',
        through: [],
      };
    case 'error':
      // Did not leave, or left and was not delivered: drawn toward where it was going, cut short.
      return {
        from: owner,
        to: targetLane(entry, rules(entry.mechanism)),
        kind: 'lost',
        through: [],
      };
    case 'received': {
      const sender = entry.envelope?.sender;
      if (sender)
        return { from: peerLane(sender), to: owner, kind: 'message', through: throughOf(entry) };
      const where = entry.origin ?? entry.to ?? entry.mechanism;
      return {
        from: { key: `place:${entry.mechanism}:${where}`, name: where, kind: 'place' },
        to: owner,
        kind: 'message',
        through: [],
      };
    }
    case 'rejected': {
      const where = entry.origin ?? entry.to ?? entry.mechanism;
      return {
        from: { key: `origin:${where}`, name: where, kind: 'place' },
        to: owner,
        kind: 'rejected',
        through: [],
      };
    }
    default:
      return { from: owner, to: owner, kind: 'note', through: [] };
  }
}

/** Lanes in the order participants first appear, the owning tab first. */
export class LaneSet {
  readonly lanes: Lane[] = [];
  readonly #index = new Map<string, number>();

  constructor(
    self: PeerRef,
    readonly rules: FlowRules,
  ) {
    this.add(peerLane(self));
  }

  add(lane: Lane): number {
    const known = this.#index.get(lane.key);
    if (known !== undefined) return known;
    this.#index.set(lane.key, this.lanes.length);
    this.lanes.push(lane);
    return this.lanes.length - 1;
  }

  indexOf(lane: Lane): number {
    return this.#index.get(lane.key) ?? this.add(lane);
  }

  /** Adds the lanes one entry needs. */
  take(entry: LogEntry, self: PeerRef): void {
    const step = stepOf(entry, self, this.rules);
    this.add(step.from);
    step.through.forEach((lane) => this.add(lane));
    this.add(step.to);
  }
}
