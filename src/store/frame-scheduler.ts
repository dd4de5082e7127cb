/** Runs `flush` once, after `delayMs` and then in an animation frame. */
export type Scheduler = (flush: () => void, delayMs: number) => void;

// Appends are batched: many messages in one frame cost one store update and one render.
//
// The batch is drawn in the frame *after* the next one. A message is usually sent from a key press
// or a click, and Chromium draws the frame that answers an input before it runs the tasks queued
// behind it (its scheduler gives rendering the highest priority until that frame is out), and a
// message's reply (a frame's receipt, a popup's ack) is such a task. The log's render in that frame,
// with the layout it forces, held every reply back by its whole cost; one frame later it costs the
// reply nothing, and the new rows still appear within two frames.
// https://chromium.googlesource.com/chromium/src/+/main/third_party/blink/renderer/platform/scheduler/main_thread/main_thread_scheduler_impl.cc
// (UseCase::kDiscreteInputResponse). requestAnimationFrame callbacks requested inside one run in
// the next frame: https://html.spec.whatwg.org/multipage/imagebitmap-and-animations.html#run-the-animation-frame-callbacks
// requestAnimationFrame does not run in hidden tabs, so a timer is the fallback there.
// https://developer.mozilla.org/en-US/docs/Web/API/Window/requestAnimationFrame
export const FALLBACK_MS = 100;

export const frameScheduler: Scheduler = (flush, delayMs) => {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      flush();
    }
  };
  const afterNextFrame = () => {
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => requestAnimationFrame(once));
  };
  if (delayMs > 0) setTimeout(afterNextFrame, delayMs);
  else afterNextFrame();
  setTimeout(once, delayMs + FALLBACK_MS);
};
