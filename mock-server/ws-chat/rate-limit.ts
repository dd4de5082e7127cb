// A token bucket per connection: `burst` messages at once, refilled at `ratePerSecond`.
export type Bucket = { tokens: number; refilledAt: number };

export const fullBucket = (burst: number): Bucket => ({ tokens: burst, refilledAt: Date.now() });

export function takeToken(bucket: Bucket, burst: number, ratePerSecond: number): boolean {
  const at = Date.now();
  bucket.tokens = Math.min(
    burst,
    bucket.tokens + ((at - bucket.refilledAt) / 1000) * ratePerSecond,
  );
  bucket.refilledAt = at;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

/** How long until the next token. */
export const retryInMs = (bucket: Bucket, ratePerSecond: number) =>
  Math.ceil(((1 - bucket.tokens) / ratePerSecond) * 1000);
