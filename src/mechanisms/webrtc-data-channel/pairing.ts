// Who talks to whom: each tab pairs with the first tab it hears, and keeps to it. Pure, so the
// rules are unit-tested without a browser. A tab already paired turns a third one away.
import type { PeerRef } from '../../shared/envelope';
import type { Signal } from './protocol';

export type Step =
  /** Not for this tab (its own, or addressed to another): other pairs' conversation. */
  | { do: 'skip' }
  | { do: 'reject'; explanation: string }
  /** Pair with `with`; `reply` says hello back; `offer` makes this side open the first channel. */
  | { do: 'pair'; with: PeerRef; reply: boolean; offer: boolean }
  /** The partner said bye: look for another tab. */
  | { do: 'unpair'; why: string }
  | { do: 'restart-ice' }
  | { do: 'negotiate' };

export function nextStep(self: PeerRef, partner: PeerRef | null, s: Signal): Step {
  if (s.from.id === self.id || (s.to !== null && s.to !== self.id)) return { do: 'skip' };
  if (s.type === 'hello') {
    if (partner && partner.id !== s.from.id)
      return {
        do: 'reject',
        explanation: `already paired with ${partner.name}: one data channel per pair of tabs`,
      };
    // A reply from the partner we already have changes nothing; a fresh hello means it reloaded.
    if (partner && s.reply) return { do: 'skip' };
    // Whoever was waiting answers a newcomer's hello and offers; the newcomer waits for the offer.
    return { do: 'pair', with: s.from, reply: !s.reply, offer: !s.reply };
  }
  if (!partner || s.from.id !== partner.id)
    return { do: 'reject', explanation: `${s.from.name} is not this tab's partner` };
  if (s.type === 'bye')
    return { do: 'unpair', why: `${s.from.name} left: waiting for another tab` };
  if (s.type === 'glare') return { do: 'restart-ice' };
  return { do: 'negotiate' };
}
