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
  };
}
