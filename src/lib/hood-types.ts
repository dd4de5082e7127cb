// "Under the hood" (issue #14): which threads and processes a message crosses, per mechanism.
// Each mechanism folder describes its own path in `hood.ts`; the shell draws it. Facts carry a
// source (Chromium design docs, source files, Mojo interfaces, specs); anything not sourced is
// marked as inference so a teacher knows which parts to say with care.
import type { Lang } from '../i18n/dictionary';

export type HoodText = Readonly<Record<Lang, string>>;

/** Where a piece of code runs. The diagram groups places by `process`. */
export type HoodPlaceKind =
  | 'renderer-main' // a page's main thread (a document)
  | 'renderer-worker' // a dedicated worker's thread
  | 'shared-worker-thread'
  | 'service-worker-thread'
  | 'browser' // the browser process (UI thread / IO thread)
  | 'network' // the network service (its own process on desktop Chromium)
  | 'storage' // the storage service (localStorage, Cache API, IndexedDB)
  | 'server' // a process outside the browser: this app's Node server, Redis
  | 'peer'; // another machine's browser

export type HoodPlace = {
  /** Unique within one mechanism's hood, e.g. 'sender', 'browser', 'receiver'. */
  id: string;
  kind: HoodPlaceKind;
  label: HoodText;
  /** Which OS process it lives in, e.g. 'renderer A', 'renderer B', 'browser', 'network', 'node'. */
  process: string;
};

export type HoodSource = { label: string; url: string };

/** One step of a message's way, in order. */
export type HoodHop = {
  from: string;
  to: string;
  /** What carries it: an API or a Mojo interface name, shown as code (translate="no"). */
  carrier: string;
  note: HoodText;
} & ({ source: HoodSource; inference?: false } | { inference: true; source?: HoodSource });

export type Hood = {
  summary: HoodText;
  places: readonly HoodPlace[];
  hops: readonly HoodHop[];
};

/** Loaded when the learner opens "Under the hood", so it costs the first visit nothing. */
export type HoodEntry = () => Promise<{ hood: Hood }>;
