import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '../../../src/i18n/dictionary';
import { translatePlural } from '../../../src/i18n/plural';
import '../../../src/mechanisms/long-polling/i18n';
import '../../../src/mechanisms/storage-event/claims-i18n';

// Issue 12: "0 in 0 gap(s)", "heard 1 storage event(s)": a count picks its form by the
// language's plural rule, and Chinese (one form) reads the same for every count.
describe('translatePlural', () => {
  beforeAll(() => loadDictionary('zh-CN'));
  const gaps = { one: 'lp.missedOne', other: 'lp.missedOther' } as const;
  const heard = { one: 'se.frame.heardOne', other: 'se.frame.heard' } as const;

  it('says one and many in English, with no "(s)"', () => {
    expect(translatePlural('en', gaps, 1, { missed: 3 })).toBe('3 in 1 gap');
    expect(translatePlural('en', gaps, 2, { missed: 5 })).toBe('5 in 2 gaps');
    expect(translatePlural('en', heard, 1, { key: 'k' })).toBe(
      'This frame heard one storage event, for key "k".',
    );
    expect(translatePlural('en', heard, 3, { key: 'k' })).toBe(
      'This frame heard 3 storage events; the last for key "k".',
    );
  });

  it('uses Chinese’s one form, with the count in it', () => {
    expect(translatePlural('zh-CN', gaps, 1, { missed: 3 })).toBe('1 处空缺共 3 个');
    expect(translatePlural('zh-CN', gaps, 2, { missed: 5 })).toBe('2 处空缺共 5 个');
    expect(translatePlural('zh-CN', heard, 1, { key: 'k' })).toBe(
      '这个 iframe 收到了 1 个 storage 事件；最近一个的键是“k”。',
    );
  });
});
