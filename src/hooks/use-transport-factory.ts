import { createContext, useContext } from 'react';
import type { Transport, TransportOptions } from '../lib/transport-types';

export type TransportFactory = (options: TransportOptions) => Transport;

/**
 * Where a page gets its transports. The app provides none, so each page uses its mechanism's own
 * factory; a test provides one (createMemoryTransport, say) and the page talks to twins instead.
 */
export const TransportFactoryContext = createContext<TransportFactory | null>(null);

export function useTransportFactory(own: TransportFactory): TransportFactory {
  return useContext(TransportFactoryContext) ?? own;
}
