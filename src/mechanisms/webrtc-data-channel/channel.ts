// The data channel this tab sends on: its options read back from the channel itself, binary
// messages, and a burst that respects backpressure with bufferedAmount and bufferedamountlow.
// https://developer.mozilla.org/en-US/docs/Web/API/RTCDataChannel · RFC 8831 (data channels),
// RFC 8832 (DCEP: the open message carries ordered/maxRetransmits to the other side).
import { errorInfo } from '../../lib/error-info';

/** bufferedamountlow fires when bufferedAmount falls to this (or below) from above it. */
export const LOW_THRESHOLD = 256 * 1024;
/** The burst stops writing above this and waits for bufferedamountlow. */
export const HIGH_WATER = 1024 * 1024;
export const BURST = { count: 32, size: 64 * 1024 } as const;

export type ChannelOptions = { ordered: boolean; maxRetransmits: number | null };

export type ChannelInfo = {
  label: string;
  id: number | null;
  ordered: boolean;
  maxRetransmits: number | null;
  protocol: string;
  readyState: RTCDataChannelState;
  bufferedAmount: number;
  threshold: number;
  openedHere: boolean;
};

export type BurstState = {
  running: boolean;
  sent: number;
  total: number;
  peak: number;
  lowEvents: number;
  /** bufferedAmount sampled while the burst drains, oldest first. */
  samples: number[];
};

export const describeChannel = (ch: RTCDataChannel, openedHere: boolean): ChannelInfo => ({
  label: ch.label,
  id: ch.id,
  ordered: ch.ordered,
  maxRetransmits: ch.maxRetransmits,
  protocol: ch.protocol,
  readyState: ch.readyState,
  bufferedAmount: ch.bufferedAmount,
  threshold: ch.bufferedAmountLowThreshold,
  openedHere,
});

export const channelInit = (o: ChannelOptions): RTCDataChannelInit =>
  o.maxRetransmits === null
    ? { ordered: o.ordered }
    : { ordered: o.ordered, maxRetransmits: o.maxRetransmits };

/** Bytes that say where they came from: index, then a repeating pattern (checked by no one, seen by all). */
export function binaryPayload(size: number, index = 0): ArrayBuffer {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i + index) & 0xff;
  return bytes.buffer;
}

type Hooks = { changed: () => void; error: (text: string) => void };

/** Sends `count` binary chunks, never holding more than HIGH_WATER in the channel's buffer. */
export function createBurst(hooks: Hooks) {
  let state: BurstState = { running: false, sent: 0, total: 0, peak: 0, lowEvents: 0, samples: [] };
  let sampler: ReturnType<typeof setInterval> | undefined;
  let watched: RTCDataChannel | null = null;
  const onLow = () => {
    state = { ...state, lowEvents: state.lowEvents + 1 };
    hooks.changed();
  };
  const sample = (ch: RTCDataChannel) => {
    const amount = ch.bufferedAmount;
    state = {
      ...state,
      peak: Math.max(state.peak, amount),
      samples: [...state.samples, amount].slice(-40),
    };
    if (!state.running && amount === 0) clearInterval(sampler);
    hooks.changed();
  };

  return {
    state: () => state,
    /** Counts bufferedamountlow on the channel in use (set once, when it becomes current). */
    watch(ch: RTCDataChannel) {
      watched?.removeEventListener('bufferedamountlow', onLow);
      watched = ch;
      ch.bufferedAmountLowThreshold = LOW_THRESHOLD;
      ch.addEventListener('bufferedamountlow', onLow);
    },
    async run(ch: RTCDataChannel, count: number = BURST.count, size: number = BURST.size) {
      if (state.running) return;
      state = { running: true, sent: 0, total: count, peak: 0, lowEvents: 0, samples: [] };
      clearInterval(sampler);
      sampler = setInterval(() => sample(ch), 30);
      try {
        for (let i = 0; i < count; i++) {
          if (ch.readyState !== 'open') throw new Error(`the channel is ${ch.readyState}`);
          if (ch.bufferedAmount > HIGH_WATER)
            await new Promise<void>((resolve) =>
              ch.addEventListener('bufferedamountlow', () => resolve(), { once: true }),
            );
          ch.send(binaryPayload(size, i));
          state = { ...state, sent: i + 1 };
          sample(ch);
        }
      } catch (error) {
        hooks.error(`burst stopped: ${errorInfo(error).message}`);
      } finally {
        state = { ...state, running: false };
        hooks.changed();
      }
    },
    dispose() {
      clearInterval(sampler);
      watched?.removeEventListener('bufferedamountlow', onLow);
    },
  };
}
