// What the chat refused or did, for /api/info and the server panel.
export type ChatCounters = {
  accepted: number;
  messages: number;
  binary: number;
  rejectedOrigin: number;
  rejectedCode: number;
  malformed: number;
  /** Frames ws closed for breaking the protocol (1002) or carrying invalid UTF-8 (1007). */
  protocolErrors: number;
  invalidUtf8: number;
  rateLimited: number;
  oversize: number;
  terminated: number;
  dropped: number;
  /** Members cut (1013) because they did not read what was sent to them. */
  slowCut: number;
  /** Joins refused by a cap (rooms, members per room, connections). */
  capped: number;
  /** Ids already in use by another connection, given a suffix. */
  idsReassigned: number;
};

export const createChatCounters = (): ChatCounters => ({
  accepted: 0,
  messages: 0,
  binary: 0,
  rejectedOrigin: 0,
  rejectedCode: 0,
  malformed: 0,
  protocolErrors: 0,
  invalidUtf8: 0,
  rateLimited: 0,
  oversize: 0,
  terminated: 0,
  dropped: 0,
  slowCut: 0,
  capped: 0,
  idsReassigned: 0,
});
