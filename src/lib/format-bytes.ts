// A size as the log shows it. Its own module (re-exported by byte-size.ts): the log's rows draw
// sizes on every first visit, while measuring values (byte-size.ts, describe-value.ts) is only the
// transports' and the entry detail's work, and loads with them.
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
