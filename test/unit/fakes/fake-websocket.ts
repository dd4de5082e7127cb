// A WebSocket the test drives: it opens, receives and closes when told, and records what was sent.
export class FakeWebSocket extends EventTarget {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
  static all: FakeWebSocket[] = [];
  static get last(): FakeWebSocket {
    const socket = FakeWebSocket.all.at(-1);
    if (!socket) throw new Error('no WebSocket was created');
    return socket;
  }

  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;
  readyState = 0;
  binaryType: BinaryType = 'blob';
  bufferedAmount = 0;
  sent: unknown[] = [];

  constructor(readonly url: string) {
    super();
    FakeWebSocket.all.push(this);
  }

  /** Text frames the page sent, parsed. */
  get frames(): { kind: string; body: unknown; id: string }[] {
    return this.sent
      .filter((data): data is string => typeof data === 'string')
      .map((text) => JSON.parse(text) as { kind: string; body: unknown; id: string });
  }

  send(data: unknown): void {
    if (this.readyState !== 1) throw new DOMException('not open', 'InvalidStateError');
    this.sent.push(data);
  }

  close(code = 1000, reason = ''): void {
    if (this.readyState >= 2) return;
    this.readyState = 2;
    queueMicrotask(() => this.serverClose(code, reason, true));
  }

  // ── what the "server" does ──
  serverOpen(): void {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }

  serverSend(data: unknown): void {
    const text =
      typeof data === 'string' || data instanceof ArrayBuffer ? data : JSON.stringify(data);
    this.dispatchEvent(new MessageEvent('message', { data: text }));
  }

  serverClose(code: number, reason = '', wasClean = code !== 1006): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    if (!wasClean) this.dispatchEvent(new Event('error'));
    this.dispatchEvent(new CloseEvent('close', { code, reason, wasClean }));
  }
}
