// Vite bundles the worker when it sees exactly `new Worker(new URL('…', import.meta.url))`; the
// server sends its script with COEP, which a worker of an isolated page needs.
// https://vite.dev/guide/features.html#import-with-constructors
export const spawnWorker = (name: string) =>
  new Worker(new URL('./sab-mailbox.worker.ts', import.meta.url), { type: 'module', name });

// ES2024's Atomics.waitAsync, typed here because the app's lib setting is ES2023.
type WaitAsync = (
  cells: Int32Array,
  index: number,
  value: number,
  ms?: number,
) => { async: false; value: string } | { async: true; value: Promise<string> };

/**
 * Waits until `cells[index]` is no longer `value` (or `ms` pass) without blocking the page:
 * Atomics.waitAsync where the browser has it, else a poll every 20 ms.
 * https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Atomics/waitAsync
 */
export function waitAsync(
  cells: Int32Array,
  index: number,
  value: number,
  ms: number,
): Promise<string> {
  const native = (Atomics as { waitAsync?: WaitAsync }).waitAsync;
  if (typeof native === 'function') {
    const result = native(cells, index, value, ms);
    return result.async ? result.value : Promise.resolve(result.value);
  }
  return new Promise<string>((resolve) => {
    const until = performance.now() + ms;
    const poll = () =>
      Atomics.load(cells, index) !== value
        ? resolve('ok')
        : performance.now() >= until
          ? resolve('timed-out')
          : setTimeout(poll, 20);
    poll();
  });
}

export const hasWaitAsync = () =>
  typeof (Atomics as { waitAsync?: unknown }).waitAsync === 'function';
