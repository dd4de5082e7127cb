// "Both offer at once": each side holds the partner's descriptions and candidates until its own
// new offer is out, so the two offers really cross (left to chance, one tab often answers the
// other's offer before making its own, and nothing collides). At most `ms`, then all is let in.
// https://developer.mozilla.org/en-US/docs/Web/API/WebRTC_API/Perfect_negotiation
import type { Signal } from './protocol';

export function createSignalHold(deliver: (signal: Signal) => void, ms = 2000) {
  const held: Signal[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const release = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    for (const s of held.splice(0)) deliver(s);
  };
  return {
    holding: () => timer !== null,
    hold() {
      if (!timer) timer = setTimeout(release, ms);
    },
    /** Delivers a description or candidate now, or keeps it while holding. */
    pass(signal: Signal) {
      if (timer) held.push(signal);
      else deliver(signal);
    },
    release,
    /** Signals held for the old connection mean nothing to a new one. */
    drop() {
      held.length = 0;
    },
  };
}
