import { describe, expect, it } from 'vitest';
import { translate } from '../../../../src/i18n/dictionary';
import type { T } from '../../../../src/i18n/use-t';
import { runningText } from '../../../../src/mechanisms/worker-message-channel/i18n';

// Issue 12: "running (started 1 time(s))" said properly in both languages.
const en: T = (key, params) => translate('en', key, params);
const zh: T = (key, params) => translate('zh-CN', key, params);

describe('the worker state line', () => {
  it('says "once", then "N times", in English', () => {
    expect(runningText(en, 1)).toBe('running (started once)');
    expect(runningText(en, 2)).toBe('running (started 2 times)');
    expect(runningText(en, 11)).toBe('running (started 11 times)');
  });

  it('has one form in Chinese', () => {
    expect(runningText(zh, 1)).toBe('运行中（已启动 1 次）');
    expect(runningText(zh, 3)).toBe('运行中（已启动 3 次）');
  });
});
