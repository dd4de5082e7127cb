import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { TicksSwitch } from '../../../src/components/ticks-switch';
import { useTickFilter } from '../../../src/hooks/use-tick-filter';
import { useTransport } from '../../../src/hooks/use-transports';
import { receivedEvent } from '../../../src/lib/transport-events';
import type { Transport, TransportEvent } from '../../../src/lib/transport-types';
import { useAppStore } from '../../../src/store';
import { fakeTransport, peerA } from '../helpers';

// A feed as the SSE, Web Locks and long polling transports deliver it: each received event
// carries its SSE event name in `detail.event`.
let emit: (event: TransportEvent) => void = () => undefined;
function createFeed(): Transport {
  const fake = fakeTransport();
  emit = fake.emit;
  return fake.transport;
}
const feedEvent = (event: string, data: unknown) =>
  receivedEvent(data, 1, { detail: { event, id: '1' } });
const logged = () => {
  useAppStore.getState().flushLog();
  return useAppStore
    .getState()
    .log.buffer.toArray()
    .map((entry) => entry.summary);
};

function FeedPage() {
  const { ticks, setTicks, shouldLog } = useTickFilter();
  useTransport({
    mechanism: 'web-locks',
    self: peerA,
    address: 'feed',
    create: createFeed,
    shouldLog,
  });
  return <TicksSwitch checked={ticks} onChange={setTicks} />;
}

describe('the clock ticks of a server feed', () => {
  beforeEach(() => act(() => useAppStore.getState().clearLog()));

  it('stay out of the log at first, while what people publish goes in', () => {
    render(<FeedPage />);
    act(() => {
      emit(feedEvent('time', { iso: '2026-12-02T00:00:00Z' }));
      emit(feedEvent('message', 'hello, class'));
      emit(feedEvent('time', { iso: '2026-12-02T00:00:02Z' }));
    });
    const summaries = logged();
    expect(summaries.some((s) => s.includes('hello, class'))).toBe(true);
    expect(summaries.some((s) => s.includes('2026-12-02'))).toBe(false);
  });

  it('come back with the named switch, flipped from the keyboard, and leave again', async () => {
    const user = userEvent.setup();
    render(<FeedPage />);
    const toggle = screen.getByRole('switch', { name: /clock ticks in the log/i });
    expect(toggle).not.toBeChecked();
    toggle.focus();
    await user.keyboard(' ');
    expect(toggle).toBeChecked();
    act(() => emit(feedEvent('time', { iso: '2026-12-02T00:00:04Z' })));
    expect(logged().some((s) => s.includes('00:00:04'))).toBe(true);
    await user.keyboard(' ');
    act(() => emit(feedEvent('time', { iso: '2026-12-02T00:00:06Z' })));
    expect(logged().some((s) => s.includes('00:00:06'))).toBe(false);
  });
});
