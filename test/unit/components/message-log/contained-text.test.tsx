import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContainedText } from '../../../../src/components/message-log/contained-text';

type Callback = (entries: Partial<ResizeObserverEntry>[]) => void;

/** jsdom has no ResizeObserver: one that the test calls back by hand, as the browser would after layout. */
function fakeObserver() {
  const observers: { callback: Callback; targets: Element[]; disconnected: boolean }[] = [];
  class Fake {
    record: (typeof observers)[number];
    constructor(callback: Callback) {
      this.record = { callback, targets: [], disconnected: false };
      observers.push(this.record);
    }
    observe(target: Element) {
      this.record.targets.push(target);
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  vi.stubGlobal('ResizeObserver', Fake);
  return observers;
}

const size = (inlineSize: number, blockSize: number) => [
  { borderBoxSize: [{ inlineSize, blockSize }] as unknown as ResizeObserverSize[] },
];

describe('ContainedText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes its text’s measured size, and is contained only once it has it', () => {
    const observers = fakeObserver();
    const { unmount } = render(<ContainedText>10,000 of 10,000 entries</ContainedText>);
    const text = screen.getByText('10,000 of 10,000 entries');
    const box = text.parentElement as HTMLElement;
    expect(observers).toHaveLength(1);
    expect(observers[0]?.targets).toEqual([text]);
    // Before the first measure the box sizes itself from its text, as a plain span does.
    expect(box).not.toHaveClass('contained-text--sized');
    expect(box.style.width).toBe('');
    act(() => observers[0]?.callback(size(212.5, 18)));
    expect(box).toHaveClass('contained-text--sized');
    expect(box.style.width).toBe('212.5px');
    expect(box.style.height).toBe('18px');
    // A wider text (one more digit) widens the box.
    act(() => observers[0]?.callback(size(221, 18)));
    expect(box.style.width).toBe('221px');
    unmount();
    expect(observers[0]?.disconnected).toBe(true);
  });

  it('is a plain box where there is no ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    render(<ContainedText>3 of 3 entries</ContainedText>);
    const box = screen.getByText('3 of 3 entries').parentElement as HTMLElement;
    expect(box).toHaveClass('contained-text');
    expect(box).not.toHaveClass('contained-text--sized');
    expect(box.style.width).toBe('');
  });
});
