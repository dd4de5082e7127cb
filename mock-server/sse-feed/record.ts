// One SSE record (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
// JSON has no raw newlines, so one `data:` line is enough.
export function record(event: string, data: string, id?: string): string {
  return `${id === undefined ? '' : `id: ${id}\n`}${event === 'message' ? '' : `event: ${event}\n`}data: ${data}\n\n`;
}
