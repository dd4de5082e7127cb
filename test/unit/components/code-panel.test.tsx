import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CodePanel } from '../../../src/components/code-panel';
import type { CodeText } from '../../../src/lib/code-comments';
import { useAppStore } from '../../../src/store';

const code = (load: CodeText['comments']['zh-CN']): CodeText => ({
  text: "// Listen first.\nchannel.onmessage = show; // 'message' events\nchannel.postMessage('hi');\n",
  comments: { 'zh-CN': load },
});
const chinese = {
  comments: { 'Listen first.': '先监听。', "'message' events": "'message' 事件" },
};

describe('CodePanel', () => {
  it('shows the code as written in English, comments set apart', async () => {
    const load = vi.fn(() => Promise.resolve(chinese));
    const user = userEvent.setup();
    render(<CodePanel code={code(load)} />);
    const region = screen.getByRole('region', { name: 'The code behind this page' });
    await user.click(within(region).getByText('The code behind this page'));
    const pre = within(region).getByLabelText('The code behind this page');
    expect(pre).toHaveTextContent("// Listen first. channel.onmessage = show; // 'message' events");
    expect(pre).toHaveAttribute('translate', 'no');
    const comments = pre.querySelectorAll('.code-panel__comment');
    expect([...comments].map((c) => c.textContent)).toEqual([
      '// Listen first.',
      "// 'message' events",
    ]);
    expect(load).not.toHaveBeenCalled();
  });

  it('shows Chinese comments in zh-CN around the same code, and copies what it shows', async () => {
    await act(() => useAppStore.getState().setLang('zh-CN'));
    try {
      const user = userEvent.setup();
      render(<CodePanel code={code(() => Promise.resolve(chinese))} />);
      const region = screen.getByRole('region', { name: '本页背后的代码' });
      await user.click(within(region).getByText('本页背后的代码'));
      const pre = within(region).getByLabelText('本页背后的代码');
      expect(await within(pre).findByText('// 先监听。')).toBeInTheDocument();
      const shown = [
        '// 先监听。',
        "channel.onmessage = show; // 'message' 事件",
        "channel.postMessage('hi');",
        '',
      ].join('\n');
      expect(pre.textContent).toBe(shown);
      await user.click(within(region).getByRole('button', { name: '复制代码' }));
      expect(await navigator.clipboard.readText()).toBe(shown);
    } finally {
      await act(() => useAppStore.getState().setLang('en'));
    }
  });

  it('keeps the comments as written when their translation cannot load', async () => {
    await act(() => useAppStore.getState().setLang('zh-CN'));
    try {
      const load = vi.fn(() => Promise.reject(new Error('chunk gone')));
      render(<CodePanel code={code(load)} />);
      await vi.waitFor(() => expect(load).toHaveBeenCalled());
      const region = screen.getByRole('region', { name: '本页背后的代码' });
      const pre = within(region).getByLabelText('本页背后的代码');
      expect(pre).toHaveTextContent('// Listen first.');
    } finally {
      await act(() => useAppStore.getState().setLang('en'));
    }
  });
});
