import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LogPanel } from '../../../../src/components/message-log/log-panel';
import { loadDictionary } from '../../../../src/i18n/dictionary';
import { SSE_EVENT_TYPES } from '../../../../src/shared/feed-protocol';
import { useAppStore } from '../../../../src/store';
import { envelope } from '../../helpers';
import { add, received, resetLog } from './log-fixtures';

// Issue 12: the feed's server-made events (SSE, long polling, the WebSocket feed) carry their event
// name as the envelope's kind. Only `time` had a tag word: a notification showed "notification" as
// an English identifier in the Chinese log, beside WebSocket's notice read as 通知. Each named
// event the server makes is a word in both languages now, as every other tag is.
const titles = { 'server-sent-events': 'Server-Sent Events' };
const NAMED = SSE_EVENT_TYPES.filter((type) => type !== 'message');

describe('the feed’s event tags', () => {
  beforeAll(() => loadDictionary('zh-CN'));
  beforeEach(resetLog);
  afterEach(() => act(() => useAppStore.getState().setLang('en')));

  const feedRows = () => {
    add(
      ...NAMED.map((kind) => ({
        ...received(`a ${kind}`, 'server-sent-events'),
        envelope: envelope({ mechanism: 'server-sent-events', kind, body: kind }),
      })),
    );
    return NAMED.map((kind) => {
      const row = within(screen.getByRole('log')).getByText(`a ${kind}`).closest('.log-row');
      return row!.querySelector<HTMLElement>(`.tag[data-kind="${kind}"]`)!;
    });
  };

  it('reads each named event as a word in Chinese, not as the identifier', async () => {
    render(<LogPanel titles={titles} />);
    await act(() => useAppStore.getState().setLang('zh-CN'));
    const tags = feedRows();
    expect(tags.map((tag) => tag.textContent)).toEqual(['时间', '通知', '警报']);
    for (const tag of tags) expect(tag).not.toHaveAttribute('translate', 'no');
  });

  it('and in English', () => {
    render(<LogPanel titles={titles} />);
    expect(feedRows().map((tag) => tag.textContent)).toEqual(['TIME', 'NOTIFICATION', 'ALERT']);
  });
});
