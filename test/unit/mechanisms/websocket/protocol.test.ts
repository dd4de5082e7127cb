import { describe, expect, it } from 'vitest';
import { decodeServer } from '../../../../src/mechanisms/websocket/protocol';
import { SERVER_PEER } from '../../../../src/shared/server-protocol';
import { envelope, peerA, peerB } from '../../helpers';

const fromServer = (kind: string, body: unknown) => envelope({ sender: SERVER_PEER, kind, body });

describe('decodeServer', () => {
  it('types what the server writes', () => {
    expect(decodeServer(fromServer('ack', { id: 'm1', delivered: 2 }))).toEqual({
      kind: 'ack',
      body: { id: 'm1', delivered: 2 },
    });
    const members = [{ id: peerA.id, name: peerA.name, color: peerA.color }];
    expect(decodeServer(fromServer('presence', { room: 'lobby', members, total: 7 }))).toEqual({
      kind: 'presence',
      body: { room: 'lobby', members, total: 7 },
    });
    expect(
      decodeServer(fromServer('history', { room: 'lobby', messages: [envelope()] }))?.kind,
    ).toBe('history');
    expect(
      decodeServer(fromServer('notice', { event: 'join', names: ['Ann'], more: 0, room: 'x' })),
    ).toMatchObject({ kind: 'notice' });
  });

  it('refuses what does not match, and what another client wrote', () => {
    expect(decodeServer(fromServer('ack', { id: 3 }))).toBeNull();
    expect(
      decodeServer(fromServer('presence', { room: 'lobby', members: [{ id: 1 }] })),
    ).toBeNull();
    expect(
      decodeServer(fromServer('history', { room: 'lobby', messages: [{ not: 'an envelope' }] })),
    ).toBeNull();
    expect(
      decodeServer(fromServer('notice', { event: 'dance', names: [], more: 0, room: 'x' })),
    ).toBeNull();
    expect(decodeServer(fromServer('mystery', {}))).toBeNull();
    expect(decodeServer(fromServer('ack', 'text'))).toBeNull();
    expect(
      decodeServer(envelope({ sender: peerB, kind: 'ack', body: { id: 'm', delivered: 1 } })),
    ).toBeNull();
  });
});
