import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LogPanel } from '../../../../src/components/message-log/log-panel';
import WhyNotArrived from '../../../../src/components/message-log/why-not-arrived';
import { loadDictionary } from '../../../../src/i18n/dictionary';
import type * as LoadBoundaryModule from '../../../../src/components/load-boundary';
import type { WhyNotArrived as Reasons } from '../../../../src/lib/mechanism-types';
import { useAppStore } from '../../../../src/store';
import { add, received, resetLog } from './log-fixtures';

// Issue 12: the log's lazy parts (the flow view, an entry's details, why a message may not arrive,
// the resizing edge) showed nothing, or took the whole app down, when their chunk did not load
// (offline after a deploy). Each now shows the app's failure box in its place, with "Try again".
// The chunk loads, then fails as a browser's import does, for the parts named in `failing`; each
// test starts with every part not loaded yet (a fresh lazy component, as "Try again" makes).
const { failing, parts } = vi.hoisted(() => ({
  failing: new Set<string>(),
  parts: [] as Array<{ retry: () => void }>,
}));
const URL = 'http://127.0.0.1:4173/assets/';
const words = (part: string) => `Failed to fetch dynamically imported module: ${URL}${part}.js`;
vi.mock('../../../../src/components/load-boundary', async (original) => {
  const real = await original<typeof LoadBoundaryModule>();
  type Load = () => Promise<{ default: ComponentType<never> }>;
  const gate = (load: Load) => async () => {
    const module = await load();
    if (failing.has(module.default.name)) throw new TypeError(words(module.default.name));
    return module;
  };
  const reloadable = (load: Load) => {
    const part = real.reloadable(gate(load));
    parts.push(part);
    return part;
  };
  return { ...real, reloadable };
});

const titles = { 'broadcast-channel': 'BroadcastChannel' };

describe('the log’s lazy parts, when their chunk does not load', () => {
  beforeAll(() => loadDictionary('zh-CN'));
  beforeEach(() => {
    // React reports each error a boundary catches on the console; here they are the point.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    resetLog();
    failing.clear();
    for (const part of parts) part.retry();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    act(() => void useAppStore.getState().setLang('en'));
  });

  it('the flow view: a failure box in its place, the rest of the log at work, and Try again', async () => {
    const user = userEvent.setup();
    failing.add('FlowView');
    render(<LogPanel titles={titles} />);
    add(received('hello'));
    await user.click(screen.getByRole('radio', { name: 'Flow' }));
    const alert = await screen.findByRole('alert');
    // A plain sentence; the browser's words ("Failed to fetch dynamically imported module: …")
    // are not the sentence but folded below it, as written and marked as the browser's.
    expect(alert).toHaveTextContent(
      'The flow view could not be loaded (the server did not send its code). Try again',
    );
    expect(alert).not.toHaveTextContent('Failed to fetch');
    const said = alert.parentElement!.querySelector('details [data-said="browser"] [lang="en"]');
    expect(said).toHaveAttribute('translate', 'no');
    expect(said).toHaveTextContent(words('FlowView'));
    // The list comes back, and the panel still works.
    await user.click(screen.getByRole('radio', { name: 'List' }));
    expect(within(screen.getByRole('log')).getByRole('button', { name: /received/ })).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Flow' }));
    failing.clear();
    const retry = within(await screen.findByRole('alert')).getByRole('button', {
      name: 'Try again',
    });
    await user.click(retry);
    expect(await screen.findByRole('region', { name: 'Message flow' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('an entry’s details: the box where they open, under the id the row points to', async () => {
    const user = userEvent.setup();
    failing.add('LogDetail');
    render(<LogPanel titles={titles} />);
    add(received('hello'));
    const row = within(screen.getByRole('log')).getByRole('button', { name: /received/ });
    await user.click(row);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This entry’s details could not be loaded (the server did not send its code).',
    );
    expect(alert.closest(`[id="${row.getAttribute('aria-controls')}"]`)).not.toBeNull();
    failing.clear();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Entry details' })).toBeInTheDocument();
  });

  it('the resizing edge, in Chinese: the app’s plain sentence, the browser’s words folded and marked', async () => {
    failing.add('LogResizer');
    await act(() => useAppStore.getState().setLang('zh-CN'));
    render(<LogPanel titles={titles} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      '调整日志大小的拖动边无法加载（服务器没有发来它的代码）。 重试',
    );
    expect(alert.parentElement!.querySelector('details')).toHaveTextContent(
      `技术细节浏览器原文：${words('LogResizer')}`,
    );
    expect(within(alert).getByRole('button', { name: '重试' })).toBeVisible();
    expect(screen.getByRole('log', { name: '消息日志' })).toBeInTheDocument();
  });

  it('why a message may not arrive: the mechanism’s reasons chunk, then Try again', async () => {
    const user = userEvent.setup();
    const reasons = vi
      .fn<Reasons>()
      .mockRejectedValueOnce(new TypeError(words('why-not-arrived')))
      .mockResolvedValueOnce({ reasons: { en: ['The tab was closed.'], 'zh-CN': ['关了'] } });
    // `use` suspends on the reasons' promise: React asks for an awaited act around it.
    await act(async () => void render(<WhyNotArrived reasons={reasons} />));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Why a message may not arrive could not be loaded (the server did not send its code).',
    );
    await act(() => user.click(within(alert).getByRole('button', { name: 'Try again' })));
    expect(await screen.findByText('The tab was closed.')).toBeInTheDocument();
    expect(reasons).toHaveBeenCalledTimes(2);
  });
});
