// Per-address bounds for polls: how many one address holds at once, and a token bucket on how
// fast it asks. The map of addresses is bounded too (the oldest is forgotten first).
import { fullBucket, retryInMs, takeToken, type Bucket } from '../ws-chat/rate-limit';

export type AddressLimits = { maxHeldPerAddress: number; ratePerSecond: number; burst: number };

export function createAddressBook(limits: AddressLimits, maxAddresses = 10_000) {
  const held = new Map<string, number>();
  const buckets = new Map<string, Bucket>();
  return {
    /** null when this address may poll now, else why not and when to try again. */
    check(address: string): { reason: 'held' | 'rate'; retryAfterS: number } | null {
      if ((held.get(address) ?? 0) >= limits.maxHeldPerAddress)
        return { reason: 'held', retryAfterS: 1 };
      let bucket = buckets.get(address);
      if (!bucket) {
        if (buckets.size >= maxAddresses) buckets.delete(buckets.keys().next().value as string);
        bucket = fullBucket(limits.burst);
        buckets.set(address, bucket);
      }
      if (takeToken(bucket, limits.burst, limits.ratePerSecond)) return null;
      return {
        reason: 'rate',
        retryAfterS: Math.max(1, Math.ceil(retryInMs(bucket, limits.ratePerSecond) / 1000)),
      };
    },
    hold(address: string) {
      held.set(address, (held.get(address) ?? 0) + 1);
    },
    release(address: string) {
      const left = (held.get(address) ?? 1) - 1;
      if (left <= 0) held.delete(address);
      else held.set(address, left);
    },
  };
}
