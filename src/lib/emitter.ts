// A minimal typed event emitter. A listener that throws cannot stop the others from hearing the event.
export type Listener<E> = (event: E) => void;

export function createEmitter<E>() {
  // Copy on write: (un)subscribing builds a new array, emitting iterates the one it started with.
  // A listener added or removed during an emit therefore changes nothing for that emit (as a copy
  // per emit did), while an emit — several per message — allocates nothing.
  let listeners: ReadonlyArray<Listener<E>> = [];
  return {
    emit(event: E): void {
      const current = listeners;
      for (let i = 0; i < current.length; i++) {
        try {
          (current[i] as Listener<E>)(event);
        } catch (error) {
          console.error('[comms-lab] listener failed', error);
        }
      }
    },
    subscribe(listener: Listener<E>): () => void {
      // Like a Set: the same listener twice is one listener.
      if (!listeners.includes(listener)) listeners = [...listeners, listener];
      return () => {
        if (listeners.includes(listener)) listeners = listeners.filter((l) => l !== listener);
      };
    },
    clear: () => {
      listeners = [];
    },
    /** How many listen (the same listener twice is one). */
    size: () => listeners.length,
  };
}

/**
 * An emitter that holds what it emits while nobody listens, and hands it to the first listener:
 * for events that start before their page can subscribe (a transport connects in one effect, the
 * page subscribes in the next commit, and a message can arrive between the two tasks). Holds
 * `limit` at most, dropping the oldest; `onDropped` hears how many went when the rest is handed on.
 * A listener that comes after the first hears only what comes after it.
 */
export function createHeldEmitter<E>(limit: number, onDropped?: (count: number) => void) {
  const inner = createEmitter<E>();
  let held: E[] = [];
  let dropped = 0;
  return {
    emit(event: E): void {
      if (inner.size() > 0) return inner.emit(event);
      held.push(event);
      if (held.length > limit) {
        held.shift();
        dropped++;
      }
    },
    subscribe(listener: Listener<E>): () => void {
      const off = inner.subscribe(listener);
      const [pending, lost] = [held, dropped];
      held = [];
      dropped = 0;
      if (lost > 0) onDropped?.(lost);
      for (const event of pending) {
        try {
          listener(event);
        } catch (error) {
          console.error('[comms-lab] listener failed', error);
        }
      }
      return off;
    },
  };
}
