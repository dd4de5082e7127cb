import { describe, expect, it, vi } from 'vitest';
import { createStorageEventTransport } from '../../../../src/mechanisms/storage-event/transport';
import type { TransportEvent } from '../../../../src/lib/transport-types';
import { envelope, peerA, peerB } from '../../helpers';

const KEY = 'comms-lab:message';

function open(self = peerB) {
  const transport = createStorageEventTransport({ self, address: KEY });
  const events: TransportEvent[] = [];
  transport.subscribe((event) => events.push(event));
  transport.connect();
  return { transport, events };
}

// In a browser the event comes from another tab; here it is dispatched by hand with the same fields.
const fire = (init: StorageEventInit) =>
  window.dispatchEvent(
    new StorageEvent('storage', {
      storageArea: localStorage,
      url: 'http://localhost/other-tab',
      ...init,
    }),
  );

describe('storage-event transport', () => {
  it('writes the envelope as JSON under its key', () => {
    const { transport, events } = open(peerA);
    expect(transport.send(envelope({ body: { text: 'hi' } }))).toEqual({ ok: true });
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).toMatchObject({
      body: { text: 'hi' },
      sender: { id: peerA.id },
    });
    expect(events.at(-1)).toMatchObject({ type: 'sent', to: `localStorage["${KEY}"]` });
  });

  it('turns a storage event for its key into a received envelope with the event facts', () => {
    const { events } = open();
    fire({ key: KEY, oldValue: null, newValue: JSON.stringify(envelope()) });
    expect(events.at(-1)).toMatchObject({
      type: 'received',
      envelope: { body: 'hello' },
      detail: { key: KEY, oldValue: null, url: 'http://localhost/other-tab', area: 'localStorage' },
    });
  });

  it('logs other keys, clear() and non-JSON values as raw, with the reason', () => {
    const { events } = open();
    fire({ key: 'theme', oldValue: 'light', newValue: 'dark' });
    expect(events.at(-1)).toMatchObject({
      type: 'received',
      raw: 'storage-event',
      detail: { key: 'theme', newValue: 'dark' },
    });
    fire({ key: null });
    expect(events.at(-1)).toMatchObject({
      type: 'received',
      raw: 'storage-clear',
      detail: { key: null },
    });
    fire({ key: KEY, newValue: '<b>not json' });
    expect(events.at(-1)).toMatchObject({ type: 'received', raw: 'not-json' });
    fire({ key: KEY, newValue: '{"v":1}' });
    expect(events.at(-1)).toMatchObject({
      type: 'received',
      raw: 'id must be a string of 1–128 characters',
    });
  });

  it('reports a full quota as an error and keeps working', () => {
    const { transport, events } = open(peerA);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = transport.send(envelope());
    expect(!result.ok && result.error.name).toBe('QuotaExceededError');
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { name: 'QuotaExceededError' } });
    expect(transport.send(envelope({ seq: 2 }))).toEqual({ ok: true });
  });

  it('stops listening on close', () => {
    const { transport, events } = open();
    transport.close();
    const count = events.length;
    fire({ key: KEY, newValue: JSON.stringify(envelope()) });
    expect(events).toHaveLength(count);
  });
});
