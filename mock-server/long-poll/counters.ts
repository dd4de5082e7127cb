// What the long-poll endpoint did or refused, for /api/info and the server panel.
export type PollCounters = {
  /** Polls answered 200 with events (or a reset). */
  answered: number;
  /** Polls held the whole `wait` and answered 204. */
  timedOut: number;
  /** Events sent in answers. */
  events: number;
  /** Answers for a cursor that could not be resumed exactly (trimmed, other epoch). */
  resets: number;
  /** 400s: a bad `after`, `wait` or `client`. */
  badInput: number;
  rejectedOrigin: number;
  rejectedCode: number;
  /** Refused (503) because the server held as many polls as it takes. */
  capped: number;
  /** Refused (429) because one address held as many as it may, or polled too fast. */
  addressCapped: number;
  rateLimited: number;
  /** Held polls the teacher's "drop all connections" broke. */
  dropped: number;
};

export const createPollCounters = (): PollCounters => ({
  answered: 0,
  timedOut: 0,
  events: 0,
  resets: 0,
  badInput: 0,
  rejectedOrigin: 0,
  rejectedCode: 0,
  capped: 0,
  addressCapped: 0,
  rateLimited: 0,
  dropped: 0,
});
