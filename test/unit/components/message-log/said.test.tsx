import { act, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  readEntryReason,
  readReason,
  readSummary,
} from '../../../../src/components/message-log/reason';
import { SaidText } from '../../../../src/components/message-log/said';
import { loadDictionary, translate } from '../../../../src/i18n/dictionary';
import type { T } from '../../../../src/i18n/use-t';
import { useAppStore } from '../../../../src/store';
// The registry hands each mechanism's status texts to the log (`statusTexts`).
import '../../../../src/mechanisms/registry';

// Issue 12: the browser's own words (Chromium's English RTCError or DOMException messages) reach
// the zh-CN log as written, marked as English, not for translation, and labelled as the
// browser's: never as untranslated prose, and never the app's own words.
const zh: T = (key, params) => translate('zh-CN', key, params);
const CHROMIUM =
  "Failed to execute 'setRemoteDescription' on 'RTCPeerConnection': Called in wrong state: stable";

describe('the browser’s words in the log', () => {
  beforeAll(() => loadDictionary('zh-CN'));
  afterEach(() => act(() => void useAppStore.getState().setLang('en')));

  it('a value a pattern names as the browser’s stays as written, the rest is translated', () => {
    expect(readReason(zh, `applying their answer failed: InvalidStateError: ${CHROMIUM}`)).toEqual([
      '应用对方的 answer 描述失败：',
      { browser: `InvalidStateError: ${CHROMIUM}` },
    ]);
    // The app's own words in the same place are translated, not marked.
    expect(readReason(zh, 'burst stopped: the channel is closing')).toEqual([
      '连发已停止：通道处于 closing 状态',
    ]);
  });

  it('an error entry keeps its name, and marks its message only when the browser wrote it', () => {
    const summary = 'OperationError: User-Initiated Abort, reason=Close called';
    expect(readSummary(zh, { direction: 'error', summary, browserWords: true })).toEqual([
      'OperationError: ',
      { browser: 'User-Initiated Abort, reason=Close called' },
    ]);
    expect(readSummary(zh, { direction: 'error', summary })).toEqual([summary]);
    // The app's own message after an error's name is read back; a named error's name stays, a
    // plain Error's says nothing its sentence does not ("Error: Worker 从未启动" read as English).
    expect(
      readSummary(zh, { direction: 'error', summary: 'NotFoundError: not connected to the hub' }),
    ).toEqual(['NotFoundError: ', '没有连上中转站']);
    expect(
      readSummary(zh, { direction: 'error', summary: 'Error: not connected to the hub' }),
    ).toEqual(['没有连上中转站']);
    // A payload is never read as a status line, whoever wrote it.
    expect(readSummary(zh, { direction: 'received', summary, browserWords: true })).toEqual([
      summary,
    ]);
  });

  it('a status whose reason the browser wrote (a constructor threw) marks it; the app’s own is read', () => {
    const thrown = "Failed to construct 'WebSocket': The URL 'ws://x:99999/ws' is invalid.";
    expect(
      readEntryReason(zh, { direction: 'status', reason: thrown, browserWords: true }),
    ).toEqual([{ browser: thrown }]);
    // Without the mark, unknown words show as they are (the e2e check then flags them).
    expect(readEntryReason(zh, { direction: 'status', reason: thrown })).toEqual([thrown]);
    // Words the app knows are translated even when they came through the same road.
    expect(
      readEntryReason(zh, { direction: 'status', reason: 'attempt 2', browserWords: true }),
    ).toEqual(['第 2 次尝试']);
    // An error's reason is its name, an identifier: never labelled as the browser's words.
    expect(
      readEntryReason(zh, { direction: 'error', reason: 'SyntaxError', browserWords: true }),
    ).toEqual(['SyntaxError']);
  });

  it('shows the browser’s words marked lang="en" translate="no", labelled in Chinese', async () => {
    await act(() => useAppStore.getState().setLang('zh-CN'));
    const { container } = render(
      <SaidText said={['生成 offer 描述失败：', { browser: CHROMIUM }]} />,
    );
    const marked = container.querySelector('[data-said="browser"]');
    expect(container).toHaveTextContent(`生成 offer 描述失败：浏览器原文：${CHROMIUM}`);
    const words = marked?.querySelector('[lang="en"]');
    expect(words).toHaveAttribute('translate', 'no');
    expect(words).toHaveTextContent(CHROMIUM);
    expect(marked?.querySelector('.browser-words__label')).toHaveTextContent('浏览器原文：');
  });

  it('needs no label in English, where every word reads as written', () => {
    const { container } = render(<SaidText said={['burst stopped: ', { browser: 'Failure' }]} />);
    expect(container).toHaveTextContent(/^burst stopped: Failure$/);
    expect(container.querySelector('[lang="en"][translate="no"]')).toHaveTextContent('Failure');
  });

  it('marks a refusal the server worded without a known code as the server’s words', async () => {
    // A chat error frame: a known code's English reads in Chinese; unknown words stay, marked.
    expect(
      readSummary(zh, { direction: 'error', summary: 'ServerError: join a room before you chat' }),
    ).toEqual(['ServerError: ', '请先加入房间再聊天']);
    expect(readSummary(zh, { direction: 'error', summary: 'ServerError: Try later.' })).toEqual([
      'ServerError: ',
      { server: 'Try later.' },
    ]);
    // A close reason inside a status line, and a long poll's refused answer.
    expect(readReason(zh, 'HTTP 429: Slow down, please.')).toEqual([
      'HTTP 429：',
      { server: 'Slow down, please.' },
    ]);
    await act(() => useAppStore.getState().setLang('zh-CN'));
    const { container } = render(<SaidText said={['HTTP 429：', { server: 'Slow down.' }]} />);
    const marked = container.querySelector('[data-said="server"]');
    expect(container).toHaveTextContent('HTTP 429：服务器原文：Slow down.');
    expect(marked?.querySelector('[lang="en"]')).toHaveAttribute('translate', 'no');
  });
});
