import { act, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useSnapshot } from '../../../src/hooks/use-snapshot';
import { createEmitter } from '../../../src/lib/emitter';

// Something that keeps data and says when it changed, like a transport's member list.
function createSource() {
  const changes = createEmitter<void>();
  let count = 0;
  return {
    onChange: changes.subscribe,
    state: () => ({ count }),
    bump(announce = true) {
      count++;
      if (announce) changes.emit();
    },
  };
}
type Source = ReturnType<typeof createSource>;

const seen: Array<{ count: number }> = [];
function Reader({ source }: { source: Source | undefined }) {
  const state = useSnapshot(source, (s) => s.state(), { count: -1 });
  seen.push(state);
  return <p data-testid="count">{state.count}</p>;
}

describe('useSnapshot', () => {
  it('reads again when the source says it changed, and keeps one object in between', () => {
    seen.length = 0;
    const source = createSource();
    function Parent() {
      const [, setTick] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setTick((n) => n + 1)}>
            again
          </button>
          <Reader source={source} />
        </>
      );
    }
    render(<Parent />);
    expect(screen.getByTestId('count')).toHaveTextContent('0');
    act(() => source.bump());
    expect(screen.getByTestId('count')).toHaveTextContent('1');
    // A render for another reason reads nothing new: the very same snapshot.
    const kept = seen.at(-1);
    act(() => screen.getByRole('button', { name: 'again' }).click());
    expect(seen.at(-1)).toBe(kept);
    // A change the source does not announce is not read until it announces one.
    act(() => source.bump(false));
    act(() => screen.getByRole('button', { name: 'again' }).click());
    expect(screen.getByTestId('count')).toHaveTextContent('1');
    act(() => source.bump());
    expect(screen.getByTestId('count')).toHaveTextContent('3');
  });

  it('does not miss a change between its render and its subscription', () => {
    const source = createSource();
    // Its effect runs before the reader's subscription (siblings' effects run in order).
    function ChangesFirst() {
      useEffect(() => source.bump(), []);
      return null;
    }
    render(
      <>
        <ChangesFirst />
        <Reader source={source} />
      </>,
    );
    expect(screen.getByTestId('count')).toHaveTextContent('1');
  });

  it('gives `empty` while there is no source', () => {
    render(<Reader source={undefined} />);
    expect(screen.getByTestId('count')).toHaveTextContent('-1');
  });
});
