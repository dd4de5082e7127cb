export function broadcastChannelCode(channel: string): string {
  const name = JSON.stringify(channel);
  return `// Run this in two or more tabs of the same origin.
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
}
