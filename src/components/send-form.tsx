import './send-form.css';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useT, type T } from '../i18n/use-t';
import type { ErrorInfo } from '../lib/error-info';
import { readErrorMessage } from './message-log/reason';
import { SAID_SLOT, SaidText } from './message-log/said';
import { saidText, type Said } from './message-log/said-part';
import { translateStatusReason } from './message-log/status-i18n';
import { Notice } from './notice';

export type SendOutcome =
  | { ok: true; note?: string; tone?: 'success' | 'info' }
  // `said`: the message in parts, where it holds another's words (the browser's, the server's),
  // which the form marks as theirs (said.tsx); `message` is the same as plain text.
  | { ok: false; message: string; said?: Said };
export type SendFormat = 'text' | 'json';

/**
 * An error's message as a page shows it: the app's own words in the reader's language (the log's
 * status texts, status-i18n.ts), anything else as written.
 */
export const readMessage = (t: T, message: string): string =>
  translateStatusReason(t, message) ?? message;

/**
 * A send that did not happen, as the form shows it: the error's name and message, the message read
 * as the log reads it (reason.ts): the app's words translated, and the browser's or the server's
 * own words (a refusal whose code this app does not know) as written, marked as theirs.
 */
export function failedOutcome(t: T, error: ErrorInfo | undefined): SendOutcome {
  const name = error?.name ?? 'Error';
  const said = readErrorMessage(t, {
    name,
    message: error?.message ?? 'not connected',
    browser: error?.browser,
  });
  const [before = '', after = ''] = t('send.failed', { name, message: SAID_SLOT }).split(SAID_SLOT);
  const parts: Said = [before, ...said, after];
  return { ok: false, message: saidText(parts), said: parts };
}

type Props = {
  /** A promise (a request to a server) keeps the text until it settles, and clears it only on ok. */
  onSend: (value: unknown, format: SendFormat) => SendOutcome | Promise<SendOutcome>;
  /** Offer JSON as well as text. */
  allowJson?: boolean;
  disabled?: boolean;
  /** Extra controls shown between the textbox and the button (a channel picker, …). */
  children?: ReactNode;
  /**
   * Whom the form sends to, where the page lets the user choose (a popup, a frame). The last
   * outcome names its target ("Sent to Popup 1."), so it is dropped when the target changes.
   */
  target?: string;
  /** The example text, where "Hello from this tab" would be wrong (a frame, a popup). */
  placeholder?: string;
};

/** The primary send form every mechanism page has: a textbox named "Message" and a "Send" button. */
export function SendForm({
  onSend,
  allowJson = true,
  disabled,
  children,
  target,
  placeholder,
}: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [format, setFormat] = useState<SendFormat>('text');
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Adjusting state while rendering when a prop changes, as React documents it (no effect, no
  // flash of the stale note): https://react.dev/learn/you-might-not-need-an-effect
  const [outcomeTarget, setOutcomeTarget] = useState(target);
  if (outcomeTarget !== target) {
    setOutcomeTarget(target);
    setOutcome(null);
  }

  function settle(result: SendOutcome) {
    setOutcome(result);
    if (result.ok) setText('');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    let value: unknown = text;
    if (format === 'json') {
      try {
        value = JSON.parse(text);
      } catch (error) {
        // Flagged in the form and not sent; the text stays so nothing is lost.
        setInvalid(
          t('send.invalidJson', { reason: error instanceof Error ? error.message : String(error) }),
        );
        setOutcome(null);
        return;
      }
    }
    setInvalid(null);
    const result = onSend(value, format);
    if (!(result instanceof Promise)) return settle(result);
    setPending(true);
    setOutcome(null);
    result
      .then(settle, (error: unknown) =>
        settle({ ok: false, message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => setPending(false));
  }

  return (
    <form className="send-form" onSubmit={submit} noValidate>
      <div className="field send-form__message">
        <label htmlFor={`${id}-message`}>{t('send.message')}</label>
        <div className="send-form__row">
          <input
            id={`${id}-message`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoComplete="off"
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${id}-invalid` : undefined}
            placeholder={
              format === 'json' ? '{"hello": "world"}' : (placeholder ?? t('send.placeholder'))
            }
          />
          <button
            type="submit"
            className="button button--primary"
            disabled={disabled || pending}
            aria-busy={pending || undefined}
          >
            {t('send.send')}
          </button>
        </div>
      </div>
      <div className="send-form__options">
        {allowJson ? (
          <fieldset className="segmented segmented--bar">
            <legend className="visually-hidden">{t('send.format')}</legend>
            {(['text', 'json'] as const).map((f) => (
              <label key={f}>
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={f}
                  checked={format === f}
                  onChange={() => setFormat(f)}
                />
                {t(f === 'text' ? 'send.formatText' : 'send.formatJson')}
              </label>
            ))}
          </fieldset>
        ) : null}
        {children}
      </div>
      <div className="send-form__feedback">
        {invalid ? (
          <p id={`${id}-invalid`} className="notice notice--error" role="alert">
            <span aria-hidden="true">✕</span> {invalid}
          </p>
        ) : null}
        {outcome && !outcome.ok ? (
          <Notice tone="error">
            {outcome.said ? <SaidText said={outcome.said} /> : outcome.message}
          </Notice>
        ) : null}
        {outcome && outcome.ok && outcome.note ? (
          <Notice tone={outcome.tone ?? 'success'}>{outcome.note}</Notice>
        ) : null}
      </div>
    </form>
  );
}
