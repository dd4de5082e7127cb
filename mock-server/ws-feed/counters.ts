// What the feed's WebSocket door did or refused, for /api/info.
export type FeedSocketCounters = {
  accepted: number;
  replayed: number;
  resets: number;
  badInput: number;
  rejectedOrigin: number;
  rejectedCode: number;
  capped: number;
  slowCut: number;
  terminated: number;
  dropped: number;
};

export const createFeedSocketCounters = (): FeedSocketCounters => ({
  accepted: 0,
  replayed: 0,
  resets: 0,
  badInput: 0,
  rejectedOrigin: 0,
  rejectedCode: 0,
  capped: 0,
  slowCut: 0,
  terminated: 0,
  dropped: 0,
});
