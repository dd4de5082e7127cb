/** Runs `flush` once: in the frame after the next one, or after `delayMs` when it is above 0. */
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

// A delayed flush (a flood: see log-slice.ts) runs in a timer task of its own, not in a frame. The
// store update and React's render and commit are then one task, and the browser's style, layout and
// paint of the new rows are the next frame's, another task: neither is long, where together, in an
// animation frame callback, they made the longest tasks of a flood (2 ms of script before 3–6 ms of
// layout and paint, and a task that long is the one the OS is likeliest to pause half-way on a busy
// machine). Nobody is waiting for an answer to an input during a flood, so nothing is gained by
// drawing in step with frames; the rows still appear in the first frame after the commit.
// https://html.spec.whatwg.org/multipage/webappapis.html#event-loop-processing-model
export const frameScheduler: Scheduler = (flush, delayMs) => {
  if (delayMs > 0) {
    setTimeout(flush, delayMs);
    return;
  }
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      flush();
    }
  };
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => requestAnimationFrame(once));
  setTimeout(once, FALLBACK_MS);
};
