import { render, screen } from '@testing-library/react';
import { CatalogContext } from '../../../../src/hooks/use-catalog';
import { catalog } from '../../../../src/mechanisms/registry';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ServiceWorkerPage from '../../../../src/mechanisms/service-worker/page';
import { createServiceWorkerTransport } from '../../../../src/mechanisms/service-worker/transport';
import type { TransportEvent } from '../../../../src/lib/transport-types';
import { envelope, peerA } from '../../helpers';

/** A stand-in for navigator.serviceWorker whose register() fails as the browser reports it. */
function fakeContainer(register: () => Promise<unknown>) {
  const container = Object.assign(new EventTarget(), {
    controller: null,
    register,
    getRegistration: () => Promise.resolve(undefined),
  });
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { serviceWorker: container }));
  vi.stubGlobal('isSecureContext', true);
  return container;
}

const open = () => {
  const transport = createServiceWorkerTransport({
    self: peerA,
    address: '/sw.js',
    relay: () => ({ mode: 'others' }),
  });
  const events: TransportEvent[] = [];
  transport.subscribe((e) => events.push(e));
  transport.connect();
  return { transport, events };
};

describe('ServiceWorker transport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows a failed registration with the browser's reason", async () => {
    fakeContainer(() =>
      Promise.reject(
        new DOMException(
          'Failed to register a ServiceWorker: A bad HTTP response code (404) was received when fetching the script.',
          'TypeError',
        ),
      ),
    );
    const { transport, events } = open();
    await vi.waitFor(() => expect(transport.lifecycle().error).toContain('404'));
    expect(events.at(-1)).toMatchObject({ type: 'status', status: 'error' });
    expect(transport.lifecycle().registered).toBe(false);
  });

  it('keeps messages sent before control instead of losing them', async () => {
    fakeContainer(() => new Promise(() => undefined));
    const { transport } = open();
    expect(transport.send(envelope())).toEqual({ ok: true });
    expect(transport.lifecycle().queued).toBe(1);
  });

  it("logs a worker's new state apart from the page's status: no 'connecting' for an active worker", async () => {
    // Issue 12: "connecting — v1: activated" read as if the active worker were still connecting.
    const worker = Object.assign(new EventTarget(), {
      scriptURL: 'http://localhost/sw.js?v=3',
      state: 'installing' as ServiceWorkerState,
    });
    const registration = Object.assign(new EventTarget(), { installing: worker });
    fakeContainer(() => Promise.resolve(registration));
    const { transport, events } = open();
    const changes: unknown[] = [];
    transport.onStateChange((change) => changes.push(change));
    await vi.waitFor(() => expect(transport.lifecycle().registered).toBe(true));
    const before = events.length;
    worker.state = 'activated';
    worker.dispatchEvent(new Event('statechange'));
    expect(changes).toEqual([{ version: '3', state: 'activated' }]);
    // The page is still waiting for control: its status says so, and nothing claims otherwise.
    expect(events.slice(before)).toEqual([]);
    expect(events.filter((e) => e.type === 'status')).toMatchObject([
      { status: 'connecting', reason: 'not controlled yet' },
    ]);
  });

  it('says plainly when ServiceWorkers are unavailable (an insecure context)', () => {
    vi.stubGlobal('isSecureContext', false);
    const { transport, events } = open();
    expect(events.at(-1)).toMatchObject({
      type: 'status',
      status: 'error',
      reason: expect.stringContaining('not a secure context'),
    });
    expect(transport.send(envelope()).ok).toBe(false);
  });
});

describe('ServiceWorker page', () => {
  it('explains why it cannot run here and points to BroadcastChannel', () => {
    // jsdom has no navigator.serviceWorker; the app hands every page the registered mechanisms.
    render(
      <CatalogContext value={catalog}>
        <ServiceWorkerPage />
      </CatalogContext>,
    );
    expect(screen.getByText(/ServiceWorkers need a secure context \(/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /BroadcastChannel does the same/ })).toHaveAttribute(
      'href',
      '/m/broadcast-channel',
    );
  });
});
