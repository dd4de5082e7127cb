import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { failedOutcome, SendForm } from '../../../src/components/send-form';
import { loadDictionary, translate } from '../../../src/i18n/dictionary';
import type { T } from '../../../src/i18n/use-t';
import { errorInfo } from '../../../src/lib/error-info';
import { ApiError } from '../../../src/lib/server-api';
import { useAppStore } from '../../../src/store';

describe('SendForm', () => {
  it('sends text and clears the box', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn(() => ({ ok: true as const, note: 'Sent.' }));
    render(<SendForm onSend={onSend} />);
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hello{Enter}');
    expect(onSend).toHaveBeenCalledWith('hello', 'text');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('Sent.');
  });

  it('flags invalid JSON in the form and sends nothing', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn(() => ({ ok: true as const }));
    render(<SendForm onSend={onSend} />);
    await user.click(screen.getByRole('radio', { name: 'JSON' }));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), '{{"a": 1');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Not valid JSON');
    await user.clear(screen.getByRole('textbox', { name: 'Message' }));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), '{{"a": [[1, 2]}');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith({ a: [1, 2] }, 'json');
  });

  it('forgets its outcome when the target changes: "Sent to Popup 1" would be stale', async () => {
    const user = userEvent.setup();
    const send = (name: string) => () => ({ ok: true as const, note: `Sent to ${name}.` });
    const { rerender } = render(<SendForm target="popup-1" onSend={send('Popup 1')} />);
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hello{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Sent to Popup 1.');
    rerender(<SendForm target="popup-2" onSend={send('Popup 2')} />);
    expect(screen.queryByRole('status')).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'again{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Sent to Popup 2.');
    // Back to the first target: the old note does not come back either.
    rerender(<SendForm target="popup-1" onSend={send('Popup 1')} />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('keeps the text when sending fails, and says why', async () => {
    const user = userEvent.setup();
    render(<SendForm onSend={() => ({ ok: false, message: 'storage is full' })} />);
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'keep me{Enter}');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('keep me');
    expect(screen.getByRole('alert')).toHaveTextContent('storage is full');
  });
});

describe('SendForm with a request to a server', () => {
  it('keeps the text while pending and after a failure; clears it on success', async () => {
    const user = userEvent.setup();
    let settle: (
      outcome: { ok: true; note: string } | { ok: false; message: string },
    ) => void = () => undefined;
    const onSend = vi.fn(
      () =>
        new Promise<{ ok: true; note: string } | { ok: false; message: string }>((resolve) => {
          settle = resolve;
        }),
    );
    render(<SendForm onSend={onSend} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, 'publish me{Enter}');
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    settle({ ok: false, message: 'Server said no.' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Server said no.');
    expect(box).toHaveValue('publish me');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    settle({ ok: true, note: 'Published.' });
    expect(await screen.findByRole('status')).toHaveTextContent('Published.');
    expect(box).toHaveValue('');
  });
});

// Issue 12: a refusal whose code this app does not know (a newer server, another tool's proxy)
// reads in the form as the log reads it: the server's words as written, marked lang="en" and
// translate="no" and labelled as the server's, never as untranslated prose.
describe('SendForm, a send the server or the browser refused (zh-CN)', () => {
  const zh: T = (key, params) => translate('zh-CN', key, params);
  beforeAll(() => loadDictionary('zh-CN'));
  afterEach(() => act(() => void useAppStore.getState().setLang('en')));

  async function failWith(error: unknown) {
    await act(() => useAppStore.getState().setLang('zh-CN'));
    const user = userEvent.setup();
    // As the SSE page's publish does: the request's error, read by errorInfo, then failedOutcome.
    render(<SendForm onSend={() => Promise.resolve(failedOutcome(zh, errorInfo(error)))} />);
    await user.type(screen.getByRole('textbox', { name: '消息' }), 'hello{Enter}');
    return screen.findByRole('alert');
  }

  it('marks a refusal with an unknown code as the server’s words', async () => {
    const alert = await failWith(new ApiError(503, 'The feed is resting: come back at noon.'));
    expect(alert).toHaveTextContent(
      '未发送：ApiError：服务器原文：The feed is resting: come back at noon.',
    );
    const words = alert.querySelector('[data-said="server"] [lang="en"]');
    expect(words).toHaveAttribute('translate', 'no');
    expect(words).toHaveTextContent(/^The feed is resting: come back at noon\.$/);
  });

  it('reads a known code’s English in Chinese, unmarked', async () => {
    const alert = await failWith(new ApiError(413, 'The body is not valid JSON.'));
    expect(alert).not.toHaveTextContent('The body');
    expect(alert).not.toHaveTextContent('服务器原文');
    expect(alert.querySelector('[lang="en"]')).toBeNull();
  });

  it('marks the browser’s own words as the browser’s', async () => {
    const clone = new DOMException('#<Promise> could not be cloned.', 'DataCloneError');
    const alert = await failWith(clone);
    expect(alert).toHaveTextContent(
      '未发送：DataCloneError：浏览器原文：#<Promise> could not be cloned.',
    );
    expect(alert.querySelector('[data-said="browser"] [lang="en"]')).toHaveAttribute(
      'translate',
      'no',
    );
  });
});
