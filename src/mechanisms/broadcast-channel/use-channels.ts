import { useCallback, useEffect, useRef, useState } from 'react';
import { now } from '../../lib/clock';
import { createEnvelopeFactory, type EnvelopeFactory } from '../../lib/envelope-factory';
import { useTransportFactory } from '../../hooks/use-transport-factory';
import { useTransports } from '../../hooks/use-transports';
import type { PeerRef } from '../../shared/envelope';
import { useAppStore } from '../../store';
import type { SendResult, Transport, TransportEvent } from '../../lib/transport-types';
import { meta } from './meta';
import { createBroadcastChannelTransport } from './transport';

// Presence over the channel itself: "hello" on join, a heartbeat every few seconds, "goodbye" on
// leave. A tab that closes without goodbye (a crash, a killed process) ages out.
export const HEARTBEAT_MS = 3000;
const EXPIRE_MS = HEARTBEAT_MS * 3 + 500;

type PresenceState = 'hello' | 'heartbeat' | 'goodbye';
const presenceOf = (event: TransportEvent): PresenceState | null => {
  const envelope = event.type === 'sent' || event.type === 'received' ? event.envelope : undefined;
  if (envelope?.kind !== 'presence') return null;
  const state = (envelope.body as { state?: unknown } | null)?.state;
  return state === 'hello' || state === 'heartbeat' || state === 'goodbye' ? state : null;
};

// Built once per channel, not once per message: a flood's every envelope looks its group up, and a
// freshly joined string is flattened and hashed before it can be a property key (116 bytes of
// garbage a message, then 48: test/bench/heap-flood.ts).
const groups = new Map<string, string>();
export const presenceGroup = (channel: string) => {
  let group = groups.get(channel);
  if (group === undefined) groups.set(channel, (group = `${meta.id}:${channel}`));
  return group;
};

export function useChannels(self: PeerRef, initial: readonly string[]) {
  const [channels, setChannels] = useState<readonly string[]>(initial);
  const factories = useRef(new Map<string, EnvelopeFactory>());
  const factoryFor = (address: string) => {
    let factory = factories.current.get(address);
    if (!factory) factories.current.set(address, (factory = createEnvelopeFactory(meta.id)));
    return factory;
  };
  const { seePeer, forgetPeer, forgetGroup, prunePeers } = useAppStore.getState();

  const sendOn = useCallback(
    (transport: Transport, address: string, kind: string, body: unknown): SendResult =>
      transport.send(factoryFor(address)(self, kind, body)),
    [self],
  );

  const onEvent = useCallback(
    (address: string, event: TransportEvent, transport: Transport) => {
      if (event.type === 'status' && event.status === 'open')
        sendOn(transport, address, 'presence', { state: 'hello' });
      if (event.type !== 'received' || !event.envelope) return;
      const state = presenceOf(event);
      const sender = event.envelope.sender;
      if (state === 'goodbye') forgetPeer(presenceGroup(address), sender.id);
      else seePeer(presenceGroup(address), sender, event.at);
      // Answer a newcomer at once, so it does not wait a whole heartbeat to see who is here.
      if (state === 'hello') sendOn(transport, address, 'presence', { state: 'heartbeat' });
    },
    [forgetPeer, seePeer, sendOn],
  );

  const transports = useTransports({
    mechanism: meta.id,
    self,
    addresses: channels,
    create: useTransportFactory(createBroadcastChannelTransport),
    onEvent,
    shouldLog: (event) => presenceOf(event) !== 'heartbeat',
  });

  const transportsRef = useRef(transports);
  useEffect(() => {
    transportsRef.current = transports;
    const beat = () => {
      for (const [address, transport] of transportsRef.current)
        sendOn(transport, address, 'presence', { state: 'heartbeat' });
      prunePeers(now() - EXPIRE_MS);
    };
    const timer = setInterval(beat, HEARTBEAT_MS);
    // pagehide fires on close, reload and navigation (and is bfcache-safe, unlike unload).
    const goodbye = () => {
      for (const [address, transport] of transportsRef.current)
        sendOn(transport, address, 'presence', { state: 'goodbye' });
    };
    window.addEventListener('pagehide', goodbye);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', goodbye);
    };
  }, [transports, sendOn, prunePeers]);

  const join = (name: string) =>
    setChannels((list) => (list.includes(name) ? list : [...list, name]));
  const leave = (name: string) => {
    const transport = transports.get(name);
    if (transport) sendOn(transport, name, 'presence', { state: 'goodbye' });
    forgetGroup(presenceGroup(name));
    setChannels((list) => list.filter((c) => c !== name));
  };
  const send = (address: string, body: unknown, kind = 'chat'): SendResult => {
    const transport = transports.get(address);
    if (!transport)
      return {
        ok: false,
        error: { name: 'InvalidStateError', message: `not joined to "${address}"` },
      };
    return sendOn(transport, address, kind, body);
  };

  return { channels, join, leave, send };
}
