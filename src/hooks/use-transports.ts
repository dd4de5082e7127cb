import { useEffect, useMemo, useRef, useState } from 'react';
import { answeredIds } from '../lib/receipts';
import { SequenceTracker } from '../lib/sequence-tracker';
import type { Transport, TransportEvent, TransportOptions } from '../lib/transport-types';
import type { PeerRef } from '../shared/envelope';
import { useAppStore } from '../store';
import { toLogEntry } from './log-transport-event';

export type UseTransportsOptions = {
  mechanism: string;
  self: PeerRef;
  addresses: readonly string[];
  create: (options: TransportOptions) => Transport;
  /** Every event, after it was logged. */
  onEvent?: (address: string, event: TransportEvent, transport: Transport) => void;
  /** Return false to keep an event out of the shared log (presence heartbeats, say). */
  shouldLog?: (event: TransportEvent) => boolean;
};

/**
 * One live transport per address, created, connected and closed as the list changes. Safe under
 * StrictMode's mount → unmount → mount: the unmount closes everything and the second mount
 * creates fresh transports, so no listener is left behind.
 */
export function useTransports({
  mechanism,
  self,
  addresses,
  create,
  onEvent,
  shouldLog,
}: UseTransportsOptions): ReadonlyMap<string, Transport> {
  const [transports, setTransports] = useState<ReadonlyMap<string, Transport>>(new Map());
  const live = useRef(new Map<string, { transport: Transport; unsubscribe: () => void }>());
  const latest = useRef({ self, create, onEvent, shouldLog });
  const tracker = useRef(new SequenceTracker());
  useEffect(() => {
    latest.current = { self, create, onEvent, shouldLog };
  });

  useEffect(() => {
    const map = live.current;
    return () => {
      for (const { transport, unsubscribe } of map.values()) {
        unsubscribe();
        transport.close();
      }
      map.clear();
    };
  }, []);

  const key = addresses.join('\n');
  useEffect(() => {
    const map = live.current;
    const wanted = new Set(key ? key.split('\n') : []);
    for (const [address, { transport, unsubscribe }] of map) {
      if (wanted.has(address)) continue;
      transport.close();
      unsubscribe();
      map.delete(address);
    }
    for (const address of wanted) {
      if (map.has(address)) continue;
      const transport = latest.current.create({ self: latest.current.self, address });
      const unsubscribe = transport.subscribe((event) => {
        const { self: me, onEvent: handle, shouldLog: filter } = latest.current;
        // Every envelope goes through the tracker, logged or not, so unlogged ones are no "gap".
        const verdict =
          event.type === 'received' && event.envelope
            ? tracker.current.observe(`${address}|${event.envelope.sender.id}`, event.envelope.seq)
            : undefined;
        // Receipts count whether or not the confirming message is logged (acks are not); the
        // log flags a missing one only where the mechanism hears back (its `receipts`).
        if (event.type === 'received' && event.envelope)
          useAppStore.getState().noteReceipts(answeredIds(event.envelope));
        if (filter?.(event) ?? true)
          useAppStore
            .getState()
            .appendLog(toLogEntry(mechanism, transport.label, me, event, verdict));
        handle?.(address, event, transport);
      });
      map.set(address, { transport, unsubscribe });
      transport.connect();
    }
    setTransports(new Map([...map].map(([address, { transport }]) => [address, transport])));
  }, [key, mechanism]);

  return transports;
}

/** The one-address case: a page that talks over a single channel, key or URL. */
export function useTransport(
  options: Omit<UseTransportsOptions, 'addresses'> & { address: string },
): Transport | undefined {
  const { address, ...rest } = options;
  const addresses = useMemo(() => [address], [address]);
  return useTransports({ ...rest, addresses }).get(address);
}
