// The server's REST API (mock-server/api.ts) read through react-query. Only the server pages load
// this module, so react-query stays out of the first bundle.
import {
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { serverApi } from '../lib/server-api';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 1000 },
    mutations: { retry: false },
  },
});

export function ServerQueries({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** Is the Comms Lab server behind this page? Asked again every 5 s while it is not. */
export function useServerHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: serverApi.health,
    refetchInterval: (query) => (query.state.status === 'error' ? 5000 : 30_000),
  });
}

/** Clients, rooms, subscribers and the counters of refused input, every two seconds. */
export function useServerInfo(enabled: boolean) {
  return useQuery({
    queryKey: ['info'],
    queryFn: serverApi.info,
    enabled,
    refetchInterval: 2000,
  });
}

/** The teacher's button: the server drops every WebSocket and SSE stream at once. */
export function useDropAll() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: serverApi.drop,
    onSettled: () => queries.invalidateQueries({ queryKey: ['info'] }),
  });
}
