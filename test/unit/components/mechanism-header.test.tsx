import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MechanismHeader } from '../../../src/components/mechanism-header';
import { loadDictionary } from '../../../src/i18n/dictionary';
import { meta } from '../../../src/mechanisms/broadcast-channel/meta';
import { useAppStore } from '../../../src/store';

describe('MechanismHeader', () => {
  afterEach(() => act(() => void useAppStore.getState().setLang('en')));

  it('sets the tip after the summary with a space in English', () => {
    const { container } = render(<MechanismHeader meta={meta} />);
    expect(container.querySelector('.lead')?.textContent).toMatch(/\S Tip: open this page/);
  });

  it('runs the tip on after the summary in Chinese, with no space before 提示', async () => {
    await loadDictionary('zh-CN');
    await act(() => useAppStore.getState().setLang('zh-CN'));
    const { container } = render(<MechanismHeader meta={meta} />);
    const lead = container.querySelector('.lead')?.textContent ?? '';
    expect(lead).toMatch(/\S提示：/);
    expect(lead).not.toMatch(/\s提示/);
  });
});
