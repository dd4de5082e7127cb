import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../src/shared/envelope';
import { parseEventId, SSE_LIMITS, type SseReady } from '../../../src/shared/server-protocol';
import { envelopeFrom, peer } from '../support/clients';
import { useFeedServer } from '../support/feed-server';

// The feed as a reader and a publisher see it: delivery, refused publishes, origins, leaving.
// Resuming after drops and restarts is in sse-feed-resume.test.ts.
const lab = useFeedServer();
const { feed, publish, info } = lab;

describe('SSE feed', () => {
  it('sends ready with the retry, then every published event to every subscriber', async () => {
    const a = feed();
    const b = feed();
    const ready = await a.until(() => a.events.find((e) => e.type === 'ready'), 'ready');
    expect((ready.data as SseReady).retryMs).toBe(50);
    await b.until(() => b.events.find((e) => e.type === 'ready'), 'ready at b');
    const envelope = envelopeFrom(peer('Ada'), 'chat', 'to everyone', 1);
    const response = await publish({ event: 'notification', envelope });
    expect(response.status).toBe(200);
    const { id, delivered } = (await response.json()) as { id: string; delivered: number };
    expect(delivered).toBeGreaterThanOrEqual(2);
    expect(parseEventId(id)).not.toBeNull();
    for (const client of [a, b]) {
      const got = await client.until(
        () => client.events.find((e) => e.type === 'notification'),
        'notification',
      );
      expect(got.id).toBe(id);
      expect((got.data as Envelope).body).toBe('to everyone');
    }
  });

  it('refuses bad publish bodies with a 4xx that says why, and counts them', async () => {
    const before = (await info()).sse.counters.rejectedPublish ?? 0;
    const cases: [unknown, Record<string, string>, number, RegExp][] = [
      ['{oops', {}, 400, /not valid JSON/],
      [{ event: 'message', envelope: { hello: 1 } }, {}, 400, /envelope: unknown envelope version/],
      [
        { event: 'explode', envelope: envelopeFrom(peer('A'), 'chat', 1, 1) },
        {},
        400,
        /event must be one of/,
      ],
      [[1, 2], {}, 400, /JSON object/],
      ['{}', { 'Content-Type': 'text/plain' }, 415, /application\/json/],
      [
        { envelope: envelopeFrom(peer('A'), 'chat', 'x'.repeat(SSE_LIMITS.publishMax), 1) },
        {},
        413,
        /over/,
      ],
    ];
    for (const [body, headers, status, message] of cases) {
      const response = await publish(body, headers);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { message: string }).message).toMatch(message);
    }
    expect((await info()).sse.counters.rejectedPublish).toBe(before + cases.length);
  });

  it('refuses a foreign origin and answers allowed cross-origin readers with CORS', async () => {
    const refused = await fetch(`${lab.base}/sse`, { headers: { Origin: 'http://evil.test' } });
    expect(refused.status).toBe(403);
    const controller = new AbortController();
    const allowed = await fetch(`${lab.base}/sse`, {
      headers: { Origin: `http://localhost:${lab.server.ports.foreign}` },
      signal: controller.signal,
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(
      `http://localhost:${lab.server.ports.foreign}`,
    );
    expect(allowed.headers.get('content-type')).toMatch(/^text\/event-stream/);
    // The stream carries comment heartbeats (every 100 ms here).
    const reader = (allowed.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    while (!text.includes(': heartbeat')) {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
    }
    expect(text).toMatch(/^retry: 50\n/);
    controller.abort();
  });

  it('forgets a subscriber when it goes', async () => {
    const client = feed();
    await client.until(() => client.events.find((e) => e.type === 'ready'), 'ready');
    const during = (await info()).sse.subscribers;
    client.close();
    let after = during;
    for (let i = 0; i < 50 && after >= during; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = (await info()).sse.subscribers;
    }
    expect(after).toBe(during - 1);
  });
});
