import type { IncomingMessage, ServerResponse } from 'node:http';
import { JSON_LIMITS, parseBoundedJson } from './guard/json';
import { said, type ServerSaid } from '../src/shared/server-words';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

export type JsonBody =
  { ok: true; value: unknown } | { ok: false; status: number; said: ServerSaid };

/** Reads a JSON request body of at most `limit` bytes; says what was wrong, never throws. */
export function readJson(req: IncomingMessage, limit: number): Promise<JsonBody> {
  return new Promise((resolve) => {
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/json\b/i.test(type)) {
      req.resume();
      resolve({ ok: false, status: 415, said: said('body-type') });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: JsonBody) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        finish({ ok: false, status: 413, said: said('body-too-large', { limit }) });
        req.resume();
        return;
      }
      if (!done) chunks.push(chunk);
    });
    req.on('error', () => finish({ ok: false, status: 400, said: said('body-lost') }));
    req.on('end', () => {
      if (done) return;
      const parsed = parseBoundedJson(Buffer.concat(chunks).toString('utf8'));
      finish(
        parsed.ok
          ? parsed
          : {
              ok: false,
              status: 400,
              said:
                parsed.reason === 'not-json'
                  ? said('body-not-json')
                  : said('body-too-deep', { depth: JSON_LIMITS.depth }),
            },
      );
    });
  });
}
