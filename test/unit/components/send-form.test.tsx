import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SendForm } from '../../../src/components/send-form';

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
