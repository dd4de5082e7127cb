import { CLOSE_CODES } from '../../shared/server-protocol';

export const closeMeaning = (code: number) =>
  CLOSE_CODES[code] ?? (code >= 4000 ? 'Application-defined' : 'Unknown code');

/** A close as the log says it: "1006 Abnormal closure", with the server's reason when it gave one. */
export const describeClose = ({ code, reason }: { code: number; reason: string }) =>
  `${code} ${closeMeaning(code)}${reason ? `: ${reason}` : ''}`;

/** `address` is a path on this origin (`/ws`) or a full ws:// URL. */
export function toSocketUrl(address: string, base: string): string {
  const url = new URL(address, base);
  if (url.protocol === 'http:') url.protocol = 'ws:';
  if (url.protocol === 'https:') url.protocol = 'wss:';
  return url.href;
}
