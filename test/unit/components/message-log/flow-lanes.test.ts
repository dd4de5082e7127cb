import { describe, expect, it } from 'vitest';
import { LaneSet, stepOf } from '../../../../src/components/message-log/flow-lanes';
import { catalog } from '../../../../src/mechanisms/registry';
import { SERVER_PEER } from '../../../../src/shared/server-protocol';
import type { LogEntry } from '../../../../src/store/log-types';
import { envelope, peerA, peerB } from '../../helpers';

// Each mechanism's own flow rule, as the app hands them to the flow view.
const rules = (mechanism: string) => catalog.get(mechanism)?.flow;

let id = 0;
const entry = (patch: Partial<LogEntry>): LogEntry => ({
  id: ++id,
  at: id,
  mechanism: 'broadcast-channel',
  direction: 'sent',
  summary: 'hi',
  ...patch,
});

describe('flow lanes', () => {
  it('puts this tab first and adds participants as they appear', () => {
    const lanes = new LaneSet(peerA, rules);
    lanes.take(entry({ from: peerA, to: 'channel "lab"' }), peerA);
    lanes.take(entry({ direction: 'received', envelope: envelope({ sender: peerB }) }), peerA);
    expect(lanes.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Red Fox', 'tab'],
      ['channel "lab"', 'place'],
      ['Blue Whale', 'tab'],
    ]);
  });

  it('draws a received message from its sender to this tab, and a sent one to where it went', () => {
    const received = stepOf(
      entry({ direction: 'received', envelope: envelope({ sender: peerB }) }),
      peerA,
      rules,
    );
    expect([received.from.name, received.to.name, received.kind]).toEqual([
      'Blue Whale',
      'Red Fox',
      'message',
    ]);
    const toServer = stepOf(entry({ mechanism: 'websocket', to: 'ws://x/ws' }), peerA, rules);
    expect(toServer.to.kind).toBe('server');
    const fromServer = stepOf(
      entry({
        mechanism: 'websocket',
        direction: 'received',
        envelope: envelope({ sender: SERVER_PEER }),
      }),
      peerA,
      rules,
    );
    expect(fromServer.from.kind).toBe('server');
    expect(stepOf(entry({ mechanism: 'service-worker' }), peerA, rules).to.kind).toBe('worker');
  });

  it('draws a message relayed by a cluster through its instances and Redis, from the envelope', () => {
    const relayed = entry({
      mechanism: 'websocket',
      direction: 'received',
      envelope: { ...envelope({ sender: peerB }), via: { in: 'a', out: 'b' } },
    });
    const step = stepOf(relayed, peerA, rules);
    expect([step.from.name, ...step.through.map((lane) => lane.name), step.to.name]).toEqual([
      'Blue Whale',
      'Server a',
      'Redis',
      'Server b',
      'Red Fox',
    ]);
    const lanes = new LaneSet(peerA, rules);
    lanes.take(relayed, peerA);
    expect(lanes.lanes.map((lane) => lane.name)).toEqual([
      'Red Fox',
      'Blue Whale',
      'Server a',
      'Redis',
      'Server b',
    ]);
    // One server alone writes no `via`: no hop is drawn.
    expect(
      stepOf(entry({ direction: 'received', envelope: envelope({ sender: peerB }) }), peerA, rules)
        .through,
    ).toEqual([]);
  });

  it('marks rejected and lost messages, and notes status on this tab’s lane', () => {
    const rejected = stepOf(
      entry({ direction: 'rejected', origin: 'http://evil.localhost:4174' }),
      peerA,
      rules,
    );
    expect([rejected.from.name, rejected.kind]).toEqual(['http://evil.localhost:4174', 'rejected']);
    expect(stepOf(entry({ direction: 'error', to: 'channel "lab"' }), peerA, rules).kind).toBe(
      'lost',
    );
    const note = stepOf(entry({ direction: 'status' }), peerA, rules);
    expect([note.from.name, note.to.name, note.kind]).toEqual(['Red Fox', 'Red Fox', 'note']);
  });

  it('gives an imported entry the lane of the tab that wrote it', () => {
    const theirs = entry({
      direction: 'received',
      envelope: envelope({ sender: peerA }),
      source: peerB,
    });
    const step = stepOf(theirs, peerA, rules);
    expect([step.from.name, step.to.name]).toEqual(['Red Fox', 'Blue Whale']);
  });
});

describe('flow lanes for frames and popups', () => {
  it('sends to a frame and its answers share the frame’s lane', () => {
    const lanes = new LaneSet(peerA, rules);
    const frame = {
      id: 'frame-cross-origin',
      name: 'Cross-origin frame',
      color: '#884400',
      kind: 'iframe' as const,
    };
    const sent = entry({
      mechanism: 'iframe-post-message',
      to: 'Cross-origin frame · targetOrigin http://localhost:4174',
      envelope: envelope({ recipient: 'frame-cross-origin' }),
    });
    const ack = entry({
      mechanism: 'iframe-post-message',
      direction: 'received',
      envelope: envelope({ sender: frame, kind: 'ack' }),
    });
    lanes.take(sent, peerA);
    lanes.take(ack, peerA);
    expect(lanes.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Red Fox', 'tab'],
      ['Cross-origin frame', 'frame'],
    ]);
  });
});
