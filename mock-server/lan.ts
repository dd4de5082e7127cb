// Classroom mode: the server listens on every interface and tells students where to go. The LAN
// address is read from this machine's interfaces, never guessed; when there is none, it says so.
import { networkInterfaces } from 'node:os';
import { renderUnicodeCompact } from 'uqr';

export type LanAddress = { address: string } | { address: null; problem: string };

/**
 * The first IPv4 address of a network interface that is not loopback, or `wanted` (LAN_ADDRESS,
 * for a machine on several networks) when an interface has it.
 */
export function findLanAddress(
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
  wanted?: string,
): LanAddress {
  const candidates: string[] = [];
  for (const list of Object.values(interfaces))
    for (const info of list ?? [])
      if (info.family === 'IPv4' && !info.internal) candidates.push(info.address);
  if (wanted)
    return candidates.includes(wanted)
      ? { address: wanted }
      : { address: null, problem: `no network interface has the address ${wanted} (LAN_ADDRESS)` };
  const address = candidates[0];
  return address
    ? { address }
    : {
        address: null,
        problem:
          'no network interface with an IPv4 address other than loopback (is this machine on a network?)',
      };
}

/** The `lan` option as an address: read from the interfaces, the one wanted, or given (tests). */
export function resolveLan(
  option: boolean | { address: string } | { wanted: string } | undefined,
): LanAddress | null {
  if (!option) return null;
  if (typeof option !== 'object') return findLanAddress();
  return 'wanted' in option
    ? findLanAddress(undefined, option.wanted)
    : { address: option.address };
}

/** A QR code for the terminal, in Unicode half blocks. */
export function terminalQr(url: string): string {
  return renderUnicodeCompact(url, { border: 1 });
}

/** Compares a join code without giving away, by timing, how much of it was right. */
export function joinCodeMatches(expected: string | undefined, given: string | null): boolean {
  if (!expected) return true;
  if (given === null || given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++)
    difference |= expected.charCodeAt(i) ^ given.charCodeAt(i);
  return difference === 0;
}
