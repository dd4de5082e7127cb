// What the feed did or refused, for /api/info and the server panel.
export type FeedCounters = {
  served: number;
  published: number;
  rejectedPublish: number;
  rejectedOrigin: number;
  rejectedCode: number;
  replayed: number;
  resets: number;
  dropped: number;
  /** Streams cut because their unsent backlog passed the bound (they resume by themselves). */
  slowCut: number;
  /** Streams refused because the feed had as many as it takes. */
  capped: number;
};

export const createFeedCounters = (): FeedCounters => ({
  served: 0,
  published: 0,
  rejectedPublish: 0,
  rejectedOrigin: 0,
  rejectedCode: 0,
  replayed: 0,
  resets: 0,
  dropped: 0,
  slowCut: 0,
  capped: 0,
});
