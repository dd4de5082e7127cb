// The seam between the server's protocols (chat, feed) and where their state lives: topics with a
// bounded, ordered history, live delivery, and presence per room with expiry (ARCHITECTURE §6).
// In memory today (memory-hub.ts); shaped so a Redis hub can fill it: publish is async and returns
// the id the hub assigned (XADD), a read "after id" says when the cursor is older than what is kept
// (XRANGE + XINFO), and a subscription starts from a cursor, so nothing published between a replay
// and going live is lost or doubled (XREAD BLOCK from the last id seen).

/**
 * Ids are `<origin>-<seq>`: `origin` is 1–16 of [a-z0-9] and names one id space of a topic (a new
 * one after a restart, or when an evicted topic is used again); within it `seq` grows by exactly 1
 * per entry, starting at 1. The SSE page's gap detector relies on this (src/lib/feed-sequence.ts).
 * `<origin>-0` is the cursor before the first entry.
 */
export type HubId = string;

export type HubMessage = {
  /** What the data is (`chat`, `notice`, an SSE event name, …): a Redis stream field. */
  kind: string;
  /** Serialised by the caller, so sizes are exact and every implementation stores the same bytes. */
  data: string;
  /** Who published it (a connection id), so a fan-out can skip the sender. */
  from?: string;
};

export type HubEntry = HubMessage & { id: HubId; topic: string };

export type PublishOptions = {
  /** false: deliver to subscribers only, keep no history (presence and notices). Default true. */
  keep?: boolean;
};

/** Why a cursor could not be resumed exactly. */
export type HubGap =
  | { reason: 'trimmed'; lost: number | null }
  | { reason: 'other-origin'; lost: null }
  | { reason: 'unreadable'; lost: null };

export type HistoryPage = {
  /** Oldest first, all after the cursor (or from the oldest kept when there is a gap). */
  entries: HubEntry[];
  /** More entries follow this page: read again after the last entry's id. */
  more: boolean;
  /** The cursor just before `entries[0]`: where a client stands that got this page. */
  start: HubId;
  /** Entries kept after the cursor, this page included; null when it is not cheap to know. */
  total: number | null;
  /** Set when the cursor is older than the history, from another origin, or unreadable. */
  gap: HubGap | null;
};

export type ReadOptions = {
  /** Exclusive cursor; null or absent reads from the oldest entry kept. */
  after?: HubId | null;
  /** At most this many entries (default 100). */
  limit?: number;
};

export type HubSubscription = {
  /** Set when `after` could not be resumed exactly (delivery then starts at the oldest kept). */
  readonly gap: HubGap | null;
  close(): void;
};

export type SubscribeOptions = {
  /**
   * Deliver every entry after this cursor that is still kept, then every new one, in order, with
   * no duplicate and no hole between the two. null: only entries published from now on.
   * Delivery may come after a `read` made meanwhile has returned (Redis: each instance's reader
   * loop), so a caller that also reads the history drops what it carried for as long as it listens.
   */
  after: HubId | null;
};

export type PresenceMember = { id: string; name: string; color: string };

export type HubPresence = {
  /** Adds or refreshes a member; it expires `ttlMs` after the last call unless refreshed. */
  join(room: string, member: PresenceMember, ttlMs: number): Promise<void>;
  leave(room: string, id: string): Promise<void>;
  /** Members not expired, in the order they first joined; at most `limit` (default 100). */
  list(room: string, limit?: number): Promise<{ members: PresenceMember[]; total: number }>;
};

export type HubStats = {
  topics: number;
  entries: number;
  /** Bytes of kept data, and the budget they live under. */
  bytes: number;
  budgetBytes: number;
  subscriptions: number;
  idleTopics: number;
  /** Idle topics forgotten (the oldest idle first) to stay under the budget or after idleMs. */
  evictedTopics: number;
  /** Entries dropped from a topic that reached its own share, or from the largest when over budget. */
  trimmedEntries: number;
  /** Redis: data bytes the topics' histories serve, and entries cut to keep each under maxBytes. */
  historyBytes?: number;
  trimmedForBytes?: number;
  presenceRooms: number;
  presenceMembers: number;
  expiredMembers: number;
};

/** How much of its history a topic keeps, and whether it is forgotten once nobody listens. */
export type Retention = { maxEntries: number; maxBytes: number; evictWhenIdle: boolean };

export type Hub = {
  publish(topic: string, message: HubMessage, options?: PublishOptions): Promise<HubEntry>;
  read(topic: string, options?: ReadOptions): Promise<HistoryPage>;
  /** The cursor after which the next entry of `topic` will come (the last id, or `<origin>-0`). */
  head(topic: string): Promise<HubId>;
  subscribe(
    topic: string,
    options: SubscribeOptions,
    onEntry: (entry: HubEntry) => void,
  ): Promise<HubSubscription>;
  presence: HubPresence;
  stats(): HubStats;
  close(): Promise<void>;
};
