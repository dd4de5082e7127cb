// A minimal typed event emitter. A listener that throws cannot stop the others from hearing the event.
export type Listener<E> = (event: E) => void;

export function createEmitter<E>() {
  const listeners = new Set<Listener<E>>();
  return {
    emit(event: E): void {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          console.error('[comms-lab] listener failed', error);
        }
      }
    },
    subscribe(listener: Listener<E>): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear: () => listeners.clear(),
  };
}
