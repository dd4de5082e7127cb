// Round trips over window messaging (parent ↔ same-origin and cross-origin iframe, opener ↔ popup),
// app beside minimal page: the round trip's spread, the sending tab's CPU per message with the
// driver's typing and without it, and (first run) a profile of where a round trip's CPU goes.
import type { Figure } from '../figures';
import { f, ratio } from '../format';
import { formatProfile, saveProfile, summarizeProfiles, type ProfileSummary } from '../profile';
import { RT_MESSAGES, RT_WARMUP } from '../round-trips';
import {
  appFrameRoundTrip,
  appPopupRoundTrip,
  KEY_MESSAGES,
  minimalFrameRoundTrip,
  minimalPopupRoundTrip,
  PROFILED_MESSAGES,
  type RoundTrips,
} from '../window-messaging';
import type { PartContext, PartResult } from './context';
import { measured, spread } from './measured';

type Pair = [
  string,
  string,
  (p: boolean) => Promise<RoundTrips>,
  (p: boolean) => Promise<RoundTrips>,
];
type Profiles = NonNullable<PartResult['profiles']>;

const cpuFigures = (id: string, label: string, a: RoundTrips, b: RoundTrips): Figure[] => [
  {
    id: `window.${id}.cpu`,
    label: `${label}, CPU per message (with typing)`,
    unit: 'µs/msg',
    better: 'lower',
    app: a.cpu.taskUs,
    minimal: b.cpu.taskUs,
  },
  {
    id: `window.${id}.cpu-keys`,
    label: `${label}, CPU per message (keys only)`,
    unit: 'µs/msg',
    better: 'lower',
    app: a.keysCpu.taskUs,
    minimal: b.keysCpu.taskUs,
  },
];

/** Top self time per function and file, printed, with the raw profiles kept beside latest.json. */
function profileOf(
  id: string,
  a: RoundTrips,
  b: RoundTrips,
): { app: ProfileSummary; minimal: ProfileSummary } {
  if (a.profile) saveProfile(`window-${id}-app`, a.profile);
  if (b.profile) saveProfile(`window-${id}-minimal`, b.profile);
  return {
    app: summarizeProfiles(a.profile ? [a.profile] : [], PROFILED_MESSAGES, 10),
    minimal: summarizeProfiles(b.profile ? [b.profile] : [], PROFILED_MESSAGES, 5),
  };
}

export async function windowPart(ctx: PartContext): Promise<PartResult> {
  console.log(
    `\nRound trips over window messaging (ms): ${RT_MESSAGES} messages after ${RT_WARMUP} warm-up, typed and sent with Enter; each message's receipt read from the exported log. CPU: the sending tab's main-thread task time per message, first with Playwright's typing (its role locator walks the page's accessibility tree for every message, so on the app's larger page this measures the driver as much as the app), then for ${KEY_MESSAGES} more sent by key events alone (the box keeps the focus; no locator runs in the page).`,
  );
  const pairs: Pair[] = [
    [
      'same-origin-frame',
      'parent ↔ same-origin iframe',
      (p) => appFrameRoundTrip(ctx.browser, ctx.appUrl, 'Same-origin frame', p),
      (p) =>
        minimalFrameRoundTrip(ctx.browser, ctx.minimal.url, new URL(ctx.minimal.url).origin, p),
    ],
    [
      'cross-origin-frame',
      'parent ↔ cross-origin iframe',
      (p) => appFrameRoundTrip(ctx.browser, ctx.appUrl, 'Cross-origin frame', p),
      (p) => minimalFrameRoundTrip(ctx.browser, ctx.minimal.url, ctx.minimal.foreign, p),
    ],
    [
      'popup',
      'opener ↔ popup',
      (p) => appPopupRoundTrip(ctx.browser, ctx.appUrl, p),
      (p) => minimalPopupRoundTrip(ctx.browser, ctx.minimal.url, p),
    ],
  ];
  const profiles: Profiles = {};
  const result = await measured(
    ctx,
    'window messaging',
    async (run) => {
      const out: Figure[] = [];
      // The profiler runs in the first run only, in a phase of its own after the measured ones.
      const profile = run === 0 && ctx.options.profile;
      for (const [id, label, app, bare] of pairs) {
        const [a, b] = [await app(profile), await bare(profile)];
        out.push(
          ...spread(`window.${id}`, label, a.trips, b.trips),
          ...cpuFigures(id, label, a, b),
        );
        if (profile) profiles[`window.${id}`] = profileOf(id, a, b);
      }
      return out;
    },
    (figures) =>
      figures
        .filter((fig) => fig.id.endsWith('.median'))
        .map((fig) => ({
          goal: `${fig.label} ≤ 1.2× the minimal page's`,
          met: fig.ratio !== null && fig.ratio <= 1.2,
          detail: `${f(fig.app)} against ${f(fig.minimal)} ms (${ratio(fig.app ?? 0, fig.minimal ?? 0)}).`,
        })),
  );
  if (!ctx.options.profile) return result;
  console.log(
    `\nProfiles: ${PROFILED_MESSAGES} more round trips of each page sent by key events with the CPU profiler on, self time by function and by file (the receiving frame or popup shares the tab's main thread, so its work is in here too):`,
  );
  for (const [id, summary] of Object.entries(profiles)) {
    console.log(`\n${formatProfile(`${id}, app`, summary.app)}`);
    console.log(formatProfile(`${id}, minimal`, summary.minimal));
  }
  console.log('Raw profiles: .bench-results/profiles/window-*.cpuprofile');
  return { ...result, profiles };
}
