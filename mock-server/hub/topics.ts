// Hub topic names used by the server's protocols.
export const roomTopic = (room: string) => `room:${room}`;
export const FEED_TOPIC = 'feed';
