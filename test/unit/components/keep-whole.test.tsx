import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeepWhole } from '../../../src/components/keep-whole';

// Issue 12: a key in a sentence ("comms-lab:message") broke at its hyphen in zh-CN; it is now one
// unit, marked as not for translation, and the sentence around it reads as before.
describe('KeepWhole', () => {
  const whole = 'localStorage["comms-lab:message"]';

  it('keeps the identifier in one marked span, the sentence unchanged', () => {
    const text = `“发送”会把一个 JSON 信封写入 ${whole}；其他标签页读取。`;
    const { container } = render(<KeepWhole text={text} whole={whole} />);
    expect(container).toHaveTextContent(text);
    const span = container.querySelector('.identifier');
    expect(span).toHaveTextContent(whole);
    expect(span).toHaveAttribute('translate', 'no');
  });

  it('keeps the Chinese punctuation after it with it, outside the identifier', () => {
    const text = `写入 ${whole}；其他标签页读取。`;
    const { container } = render(<KeepWhole text={text} whole={whole} />);
    expect(container).toHaveTextContent(text);
    const glued = container.querySelector('.keep-whole');
    expect(glued).toHaveTextContent(`${whole}；`);
    expect(glued?.querySelector('.identifier')).toHaveTextContent(whole);
    expect(container.querySelector('.identifier')?.textContent).toBe(whole);
  });

  it('shows the text as it is when the identifier is not in it', () => {
    const { container } = render(<KeepWhole text="no key here" whole={whole} />);
    expect(container).toHaveTextContent('no key here');
    expect(container.querySelector('.identifier')).toBeNull();
  });
});
