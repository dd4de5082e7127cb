import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeSummary } from '../../../../src/components/message-log/reason';
import { loadDictionary, translate } from '../../../../src/i18n/dictionary';
import type { T } from '../../../../src/i18n/use-t';
import { NO_LIFECYCLE } from '../../../../src/mechanisms/service-worker/lifecycle';
import { LifecyclePanel } from '../../../../src/mechanisms/service-worker/lifecycle-panel';
// The registry hands each mechanism's status texts to the log (`statusTexts`).
import '../../../../src/mechanisms/registry';
import '../../../../src/mechanisms/service-worker/i18n';

// Issue 12: in Chinese the worker's states were the API's raw words inside translated prose
// ("v1 进入 activated 状态"; "activated" alone in the lifecycle table). Each now says what it means,
// with the API's value beside it, marked as an identifier where it is shown as code.
const en: T = (key, params) => translate('en', key, params);
const zh: T = (key, params) => translate('zh-CN', key, params);

const active = {
  ...NO_LIFECYCLE,
  registered: true,
  active: { state: 'activated' as const, version: '1' },
};

describe("ServiceWorker's states in the reader's language", () => {
  beforeAll(() => loadDictionary('zh-CN'));

  it('the log reads a lifecycle line with the state translated, the value beside it', () => {
    expect(describeSummary(zh, 'status', 'v1: activated')).toBe('v1 已激活（activated）');
    expect(describeSummary(zh, 'status', 'v2: installing')).toBe('v2 正在安装（installing）');
    expect(describeSummary(en, 'status', 'v1: activated')).toBe('v1: activated');
  });

  it('the lifecycle table says what a state means in Chinese and keeps the value as code', () => {
    render(<LifecyclePanel t={zh} lifecycle={active} stats={null} transport={undefined} />);
    const cell = within(screen.getByRole('row', { name: /active/ })).getAllByRole('cell')[1]!;
    expect(cell).toHaveTextContent('已激活 activated');
    expect(within(cell).getByText('activated')).toHaveAttribute('translate', 'no');
  });

  it('in English the value alone says it', () => {
    render(<LifecyclePanel t={en} lifecycle={active} stats={null} transport={undefined} />);
    const cell = within(screen.getByRole('row', { name: /active/ })).getAllByRole('cell')[1]!;
    expect(cell.textContent).toBe('activated');
  });
});
