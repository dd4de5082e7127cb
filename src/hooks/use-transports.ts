import { useEffect, useMemo, useRef, useState } from 'react';
import { SequenceTracker } from '../lib/sequence-tracker';
import type { Transport, TransportEvent, TransportOptions } from '../lib/transport-types';
import type { Envelope, PeerRef } from '../shared/envelope';
import { pipeTransport } from './transport-pipeline';

export type UseTransportsOptions<T extends Transport> = {
  mechanism: string;
  self: PeerRef;
  addresses: readonly string[];
  create: (options: TransportOptions) => T;
  /** Every event, after it was logged. */
  onEvent?: (address: string, event: TransportEvent, transport: T) => void;
  /** Return false to keep an event out of the shared log (presence heartbeats, say). */
  shouldLog?: (event: TransportEvent) => boolean;
  /** Return false for envelopes numbered in a series of their own (see Pipe.sequenced). */
  sequenced?: (envelope: Envelope) => boolean;
};

/**
 * One live transport per address, created, connected and closed as the list changes, each piped
 * to the store (transport-pipeline.ts). Safe under StrictMode's mount → unmount → mount: the
 * unmount closes everything and the second mount creates fresh transports.
 */
export function useTransports<T extends Transport>({
  mechanism,
  self,
  addresses,
  create,
  onEvent,
  shouldLog,
  sequenced,
}: UseTransportsOptions<T>): ReadonlyMap<string, T> {
  const [transports, setTransports] = useState<ReadonlyMap<string, T>>(new Map());
  const live = useRef(new Map<string, { transport: T; unsubscribe: () => void }>());
  const latest = useRef({ self, create, onEvent, shouldLog, sequenced });
  const tracker = useRef(new SequenceTracker());
  useEffect(() => {
    latest.current = { self, create, onEvent, shouldLog, sequenced };
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
      const unsubscribe = pipeTransport(transport, {
        mechanism,
        key: address,
        tracker: tracker.current,
        self: () => latest.current.self,
        shouldLog: (event) => latest.current.shouldLog?.(event) ?? true,
        sequenced: (envelope) => latest.current.sequenced?.(envelope) ?? true,
        onEvent: (event, from) => latest.current.onEvent?.(address, event, from),
      });
      map.set(address, { transport, unsubscribe });
      transport.connect();
    }
    setTransports(new Map([...map].map(([address, { transport }]) => [address, transport])));
  }, [key, mechanism]);

  return transports;
}

/** The one-address case: a page that talks over a single channel, key or URL. */
export function useTransport<T extends Transport>(
  options: Omit<UseTransportsOptions<T>, 'addresses'> & { address: string },
): T | undefined {
  const { address, ...rest } = options;
  const addresses = useMemo(() => [address], [address]);
  return useTransports({ ...rest, addresses }).get(address);
}
