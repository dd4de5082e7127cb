// The server's own identity on the envelopes it writes. Its own module (re-exported by
// chat-protocol.ts), so the log, which names the server on every first visit, does not bring the
// chat protocol's parsers and limits into the first bundle with it.
import type { PeerRef } from './envelope';

export const SERVER_PEER: PeerRef = {
  id: 'server',
  name: 'Server',
  color: '#5b6770',
  kind: 'server',
};
