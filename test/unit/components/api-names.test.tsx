import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiNames } from '../../../src/components/api-names';

describe('ApiNames', () => {
  it('marks each dotted API name as not for translation, breakable only after its dots', () => {
    const { container } = render(
      <p>
        <ApiNames text="running, blocked in Atomics.wait; the page waits with Atomics.waitAsync()" />
      </p>,
    );
    const names = [...container.querySelectorAll('[translate="no"]')];
    expect(names.map((el) => el.textContent)).toEqual(['Atomics.wait', 'Atomics.waitAsync()']);
    // One break opportunity, right after the dot: "Atomics." / "waitAsync()".
    expect(names[1]!.innerHTML).toBe('Atomics.<wbr>waitAsync()');
    expect(container.textContent).toBe(
      'running, blocked in Atomics.wait; the page waits with Atomics.waitAsync()',
    );
  });

  it('leaves prose without a name as it is: abbreviations and numbers are not names', () => {
    const { container } = render(
      <p>
        <ApiNames text="e.g. a 1.5 s wait, then Firefox's dom.user_activation.transient.timeout" />
      </p>,
    );
    const names = [...container.querySelectorAll('[translate="no"]')];
    expect(names.map((el) => el.textContent)).toEqual(['dom.user_activation.transient.timeout']);
    expect(names[0]!.querySelectorAll('wbr')).toHaveLength(3);
  });
});
