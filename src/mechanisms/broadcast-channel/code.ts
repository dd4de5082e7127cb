import type { CodeText } from '../../lib/code-comments';

// The comments in other languages, loaded only when one is chosen.
const comments = { 'zh-CN': () => import('./code.zh-cn') };

export function broadcastChannelCode(channel: string): CodeText {
  const name = JSON.stringify(channel);
  const text = `// Run this in two or more tabs of the same origin.
const channel = new BroadcastChannel(${name});

channel.onmessage = (event) => {
  // A structured clone: Date, Map, Set, ArrayBuffer and Blob arrive as themselves.
  console.log('received', event.data);
};
channel.onmessageerror = () => console.warn('a message could not be deserialised');

try {
  // Every other BroadcastChannel named ${name} gets it, this one does not.
  channel.postMessage({ text: 'hello', sentAt: new Date() });
} catch (error) {
  console.error(error.name); // DataCloneError for a function, InvalidStateError after close()
}

// When done: stop receiving and free the channel.
// channel.close();
`;
  return { text, comments };
}

/** Every variant the page can show, for the test that holds each translation complete. */
export const codeCases = (): CodeText[] => [
  broadcastChannelCode('comms-lab'),
  broadcastChannelCode('room "b"'),
];
