import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../../../src/app/race/i18n';
import { Chart } from '../../../../src/app/race/race-chart';
import {
  loadDictionary,
  translate,
  type MessageKey,
  type Params,
} from '../../../../src/i18n/dictionary';
import { mechanisms } from '../../../../src/mechanisms/registry';
import { oneKiB, raceResult } from '../../helpers/race-result';

const first = mechanisms[0]!.meta.id;
const result = raceResult(first, {
  sizes: [oneKiB({ count: 10, median: 0.4, p95: 1.2, min: 0.3, max: 2, mean: 0.6 }, 10, 2)],
});

describe('the race chart', () => {
  it("ticks every step of ten the legend names, with the unit in the page's language", async () => {
    await loadDictionary('zh-CN');
    const zh = (key: MessageKey, params?: Params) => translate('zh-CN', key, params);
    const { container } = render(<Chart t={zh} results={{ [first]: result }} size="1k" />);
    // The legend says "each step is ten times slower": each step has its tick (the narrow layout
    // showed 0.1 / 10 / 1000, steps of a hundred).
    const ticks = [...container.querySelectorAll('.race-chart__ticks > span')].map(
      (tick) => tick.textContent,
    );
    expect(ticks).toEqual(['0.1', '1', '10', '100', '1000']);
    expect(zh('race.legend')).toContain('每一格慢十倍');
    // "毫秒" as the page writes it, never "ms" in Chinese.
    expect(container.querySelector('.race-chart__unit')).toHaveTextContent('毫秒');
    const row = container.querySelector(`.race-chart__row[data-mechanism="${first}"]`);
    expect(row).toHaveTextContent('0.40 / 1.20 毫秒');
    expect(container.querySelector('.race-chart')?.textContent).not.toMatch(/\bms\b/);
    expect(screen.getByRole('img')).toHaveAccessibleName(/中位数 0\.40 毫秒/);
  });
});
