import { safeStorage, type StorageArea, type StorageFailure } from '../../lib/safe-storage';

export const FILL_PREFIX = 'comms-lab:fill:';

/**
 * Characters the area holds, keys and values, in UTF-16 code units: the unit Chromium's quota counts
 * (5,242,880 of them, 10 MiB as UTF-16). Other browsers set their own limit, so the page measures
 * it instead of assuming one. https://source.chromium.org/chromium/chromium/src/+/main:components/services/storage/dom_storage/dom_storage_constants.cc
 */
export function usedChars(area: StorageArea): number | null {
  const entries = safeStorage.entries(area);
  if (!entries.ok) return null;
  return entries.value.reduce((sum, [key, value]) => sum + key.length + value.length, 0);
}

export type FillResult = {
  addedChars: number;
  keys: number;
  error: StorageFailure | null;
  ms: number;
};

/**
 * Writes ever smaller chunks until setItem throws QuotaExceededError at 1 KiB resolution.
 * The error is caught and returned: the page keeps working, and the space can be freed again.
 */
export function fillQuota(area: StorageArea = 'local'): FillResult {
  const started = performance.now();
  let chunk = 'x'.repeat(512 * 1024);
  let keys = 0;
  let added = 0;
  let error: StorageFailure | null = null;
  while (chunk.length >= 512) {
    const key = `${FILL_PREFIX}${keys}`;
    const result = safeStorage.set(area, key, chunk);
    if (result.ok) {
      keys++;
      added += key.length + chunk.length;
      continue;
    }
    if (!result.error.quota)
      return { addedChars: added, keys, error: result.error, ms: performance.now() - started };
    error = result.error;
    chunk = chunk.slice(0, chunk.length / 2);
  }
  return { addedChars: added, keys, error, ms: performance.now() - started };
}

export function freeFilled(area: StorageArea = 'local'): number {
  const entries = safeStorage.entries(area);
  if (!entries.ok) return 0;
  const fill = entries.value.filter(([key]) => key.startsWith(FILL_PREFIX));
  for (const [key] of fill) safeStorage.remove(area, key);
  return fill.length;
}
