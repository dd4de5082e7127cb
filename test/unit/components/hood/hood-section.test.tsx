import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HoodSection } from '../../../../src/components/hood/hood-section';
import { layoutHood, WIDTH } from '../../../../src/components/hood/hood-layout';
import type { Hood } from '../../../../src/lib/hood-types';
import { useAppStore } from '../../../../src/store';

const both = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const hood: Hood = {
  summary: both('Two processes talk through the browser.', '两个进程经由浏览器通信。'),
  places: [
    { id: 'a', kind: 'renderer-main', process: 'renderer A', label: both('Tab A', '标签页 A') },
    { id: 'b', kind: 'browser', process: 'browser', label: both('Broker', '中介') },
    { id: 'c', kind: 'renderer-main', process: 'renderer B', label: both('Tab B', '标签页 B') },
  ],
  hops: [
    {
      from: 'a',
      to: 'b',
      carrier: 'blink.mojom.Thing.Send',
      note: both('Goes up.', '向上。'),
      source: { label: 'thing.mojom', url: 'https://example.org/thing.mojom' },
    },
    {
      from: 'b',
      to: 'c',
      carrier: 'blink.mojom.Thing.OnMessage',
      note: both('Goes down.', '向下。'),
      inference: true,
    },
  ],
};

describe('HoodSection', () => {
  it('is folded, and loads and draws the hood only when opened', async () => {
    const entry = vi.fn(() => Promise.resolve({ hood }));
    render(<HoodSection entry={entry} />);
    const region = screen.getByRole('region', { name: 'Under the hood' });
    expect(entry).not.toHaveBeenCalled();
    await userEvent.click(within(region).getByText('Under the hood'));
    expect(entry).toHaveBeenCalledTimes(1);
    expect(
      await within(region).findByRole('img', {
        name: /^Diagram: 3 places in 3 processes, 2 numbered hops/,
      }),
    ).toBeInTheDocument();
    const hops = within(within(region).getByRole('list', { name: 'Hops, in order' })).getAllByRole(
      'listitem',
    );
    expect(hops).toHaveLength(2);
    expect(hops[0]).toHaveTextContent('Tab A (Renderer process A) → Broker (Browser process)');
    expect(within(hops[0]!).getByText('blink.mojom.Thing.Send')).toHaveAttribute('translate', 'no');
    expect(within(hops[0]!).getByRole('link', { name: 'source: thing.mojom' })).toHaveAttribute(
      'href',
      'https://example.org/thing.mojom',
    );
    expect(within(hops[1]!).getByText('inference')).toBeInTheDocument();
    expect(within(hops[1]!).queryByRole('link')).toBeNull();
  });

  it('speaks Chinese when the page does', async () => {
    await act(() => useAppStore.getState().setLang('zh-CN'));
    try {
      render(<HoodSection entry={() => Promise.resolve({ hood })} />);
      const region = screen.getByRole('region', { name: '底层原理' });
      await userEvent.click(within(region).getByText('底层原理'));
      expect(await within(region).findByRole('img', { name: /^示意图：/ })).toBeInTheDocument();
      expect(region).toHaveTextContent('标签页 A（渲染进程 A）');
      expect(within(region).getByText('推断')).toBeInTheDocument();
    } finally {
      await act(() => useAppStore.getState().setLang('en'));
    }
  });

  it('says so when the hood cannot be loaded', async () => {
    render(<HoodSection entry={() => Promise.reject(new Error('chunk gone'))} />);
    await userEvent.click(screen.getByText('Under the hood'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The diagram could not be loaded. Try again');
    // The error's own words are folded under the sentence.
    expect(alert.parentElement?.querySelector('details')).toHaveTextContent('chunk gone');
  });
});

describe('layoutHood', () => {
  it('keeps everything inside the width and never lets two hops share a lane where they overlap', () => {
    const layout = layoutHood(hood);
    for (const box of [...layout.processes, ...layout.places]) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
    // The two hops meet at the broker's row, so they run in different lanes.
    const [first, second] = layout.hops;
    expect(first!.badge.x).not.toBe(second!.badge.x);
    expect(layout.hops.map((h) => h.n)).toEqual([1, 2]);
    // Places are drawn in the order the message meets them.
    expect(layout.places.map((p) => p.place.id)).toEqual(['a', 'b', 'c']);
  });
});
