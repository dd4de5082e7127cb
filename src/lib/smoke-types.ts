// How the cross-browser smoke (test/firefox/) drives a mechanism's page: plain data in the
// mechanism's own `smoke.ts`, read by the smoke for every mechanism in the registry. A folder
// without one gets the default: two tabs of `/m/<id>`, a message typed in the first appears as a
// received entry in the second tab's log (ARCHITECTURE §7).

/** Engines the smoke runs in besides Chromium (which has its own end-to-end specs). */
export type SmokeBrowser = 'firefox';

/** Something a person does before sending, by accessible name (roles as in ARCHITECTURE §7). */
export type SmokeStep =
  /** Wait until this text shows anywhere in the page. */
  | { see: string }
  /** Press the button with exactly this name. */
  | { click: string }
  /** Choose the option with this label in the combobox with this name. */
  | { select: string; option: string };

/** Which contexts a message crosses. */
export type SmokeShape =
  /** `count` tabs of the page: typed in the first, received in the log of the second. */
  | { kind: 'tabs'; count?: number }
  /** The page and its frame (by title): typed in the page, listed in the frame's `list`; back. */
  | { kind: 'frame'; title: string; list: string }
  /** The page and a popup the button `open` opens: as for a frame. */
  | { kind: 'popup'; open: string; list: string }
  /** One tab and its worker: what is typed comes back from the worker into the same tab's log. */
  | { kind: 'worker' };

export type Smoke = {
  shape?: SmokeShape;
  /** Done in the first tab once its page has loaded, before the tabs are checked for `ready`. */
  prepare?: readonly SmokeStep[];
  /** Text every tab shows once it can send and receive (default: an `open` status in its log). */
  ready?: string;
  /**
   * Engines where the mechanism cannot run: the text the page shows to say so (it should come
   * from the page's own feature check, backed by the compat data). The smoke asserts exactly that.
   */
  unsupportedIn?: Readonly<Partial<Record<SmokeBrowser, string>>>;
};
