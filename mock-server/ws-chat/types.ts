// The chat's options and what it reports (/api/info), apart from the code that runs it.
import type { Member } from '../../src/shared/server-protocol';
import type { GuardCounters } from '../guard/errors';
import type { Hub } from '../hub/types';
import type { ChatCounters } from './counters';
import type { GateOptions } from './upgrade';

export type ChatOptions = GateOptions & {
  hub: Hub;
  guards: GuardCounters;
  heartbeatMs?: number;
  ratePerSecond?: number;
  burst?: number;
  presenceEveryMs?: number;
  /** How long a member outlives its last pong in presence (how soon a dead instance's go). */
  presenceTtlMs?: number;
  /** A member whose socket holds more than this unsent is cut with 1013 (default 1 MiB). */
  maxBufferedBytes?: number;
  maxRooms?: number;
  maxMembersPerRoom?: number;
  /**
   * This instance's name when several share the hub (Redis): relayed messages then say which
   * instance took them in and which handed them out (`via`), for the flow view. null alone.
   */
  relayName?: () => string | null;
};

export type ChatInfo = {
  clients: number;
  rooms: { room: string; members: Member[]; total: number }[];
  counters: ChatCounters;
};
