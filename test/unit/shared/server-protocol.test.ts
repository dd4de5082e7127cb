import { describe, expect, it } from 'vitest';
import {
  formatEventId,
  parseClientFrame,
  parseEventId,
  parsePublish,
} from '../../../src/shared/server-protocol';
import { envelope } from '../helpers';

const frame = (overrides: Parameters<typeof envelope>[0]) =>
  JSON.stringify(envelope({ mechanism: 'websocket', ...overrides }));

describe('parseClientFrame', () => {
  it('accepts join, rename and chat envelopes', () => {
    expect(parseClientFrame(frame({ kind: 'join', body: { room: 'physics' } }))).toMatchObject({
      ok: true,
      frame: { kind: 'join', body: { room: 'physics' } },
    });
    expect(parseClientFrame(frame({ kind: 'rename', body: { name: '  Ada ' } }))).toMatchObject({
      ok: true,
      frame: { kind: 'rename', body: { name: 'Ada' } },
    });
    expect(parseClientFrame(frame({ kind: 'chat', body: { any: 'thing' } })).ok).toBe(true);
  });

  it('says what is wrong with anything else, with the id when there is one', () => {
    expect(parseClientFrame('{oops')).toEqual({ ok: false, reason: 'the frame is not JSON' });
    expect(parseClientFrame('[1]')).toMatchObject({ ok: false, reason: /not an envelope/ });
    expect(
      parseClientFrame(frame({ id: 'x1', kind: 'join', body: { room: 'A B' } })),
    ).toMatchObject({ ok: false, id: 'x1', reason: /body.room/ });
    expect(parseClientFrame(frame({ kind: 'rename', body: { name: '' } }))).toMatchObject({
      ok: false,
      reason: /1–64/,
    });
    expect(parseClientFrame(frame({ kind: 'shout', body: 1 }))).toMatchObject({
      ok: false,
      reason: /unknown kind "shout"/,
    });
  });
});

describe('event ids', () => {
  it('round-trip, and refuse anything that is not <epoch>-<seq>', () => {
    expect(parseEventId(formatEventId('mwq9', 42))).toEqual({ epoch: 'mwq9', seq: 42 });
    for (const bad of ['', '42', 'a-b', 'A-1', 'x-1-2', `${'a'.repeat(17)}-1`])
      expect(parseEventId(bad)).toBeNull();
  });
});

describe('parsePublish', () => {
  it('defaults the event to message and validates the envelope', () => {
    const good = envelope();
    expect(parsePublish({ envelope: good })).toMatchObject({
      ok: true,
      request: { event: 'message' },
    });
    expect(parsePublish({ event: 'alert', envelope: good }).ok).toBe(true);
    expect(parsePublish(null)).toMatchObject({ ok: false, reason: /JSON object, not null/ });
    expect(parsePublish({ event: 'time', envelope: good })).toMatchObject({ ok: false });
    expect(parsePublish({ envelope: { v: 1 } })).toMatchObject({ ok: false, reason: /^envelope:/ });
  });
});
