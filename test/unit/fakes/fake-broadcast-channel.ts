// An in-memory twin of BroadcastChannel with the browser's rules: a structured clone is delivered
// to every other open object of the same name, never to the sender; posting after close() throws.
export class FakeBroadcastChannel extends EventTarget {
  static open = new Set<FakeBroadcastChannel>();
  closed = false;

  constructor(readonly name: string) {
    super();
    FakeBroadcastChannel.open.add(this);
  }

  postMessage(data: unknown): void {
    if (this.closed) throw new DOMException('channel is closed', 'InvalidStateError');
    const copy = structuredClone(data); // throws DataCloneError for functions, as browsers do
    for (const other of FakeBroadcastChannel.open) {
      if (other !== this && other.name === this.name)
        queueMicrotask(() => other.dispatchEvent(new MessageEvent('message', { data: copy })));
    }
  }

  close(): void {
    this.closed = true;
    FakeBroadcastChannel.open.delete(this);
  }
}
