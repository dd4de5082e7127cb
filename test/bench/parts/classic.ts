// The parts measured by wall clock in the tab, app beside the minimal page, median over the runs:
// latency between tabs, round trips over window messaging, copy vs transfer, the ServiceWorker
// relay and the flow view.
import { formatBytes } from '../../../src/lib/describe-value';
import type { Summary } from '../../../src/lib/stats';
import { combine, type Figure, figuresTable, type Goal, printGoals } from '../figures';
import { f, ratio } from '../format';
import { appFlow, FLOW_RATE, FLOW_TOTAL, minimalFlow } from '../flow-view';
import { appLatency, MESSAGES, minimalLatency, WARMUP } from '../latency';
import {
  appServiceWorker,
  COLD_STARTS,
  minimalServiceWorker,
  SW_MESSAGES,
  SW_WARMUP,
} from '../service-worker';
import {
  appCosts,
  appFrameRoundTrip,
  appPopupRoundTrip,
  COST_SIZES,
  minimalCosts,
  minimalFrameRoundTrip,
  minimalPopupRoundTrip,
  RT_MESSAGES,
  RT_WARMUP,
  type RoundTrips,
} from '../window-messaging';
import { eachRun, type PartContext, type PartResult } from './context';

/** Median and p95 of one measurement, app and minimal, as two figures. */
const spread = (id: string, label: string, app: Summary, bare: Summary): Figure[] => [
  {
    id: `${id}.median`,
    label: `${label}, median`,
    unit: 'ms',
    better: 'lower',
    app: app.median,
    minimal: bare.median,
  },
  {
    id: `${id}.p95`,
    label: `${label}, p95`,
    unit: 'ms',
    better: 'lower',
    app: app.p95,
    minimal: bare.p95,
  },
];

async function measured(
  ctx: PartContext,
  label: string,
  once: () => Promise<Figure[]>,
  goals: (figures: PartResult['figures']) => Goal[] = () => [],
): Promise<PartResult> {
  const raw: Figure[][] = await eachRun(ctx.options, label, once);
  const figures = combine(raw);
  console.log(`\n${figuresTable(figures)}`);
  const met = goals(figures);
  if (met.length) console.log(`\n${printGoals(met)}`);
  return { figures, goals: met, raw };
}

export function latencyPart(ctx: PartContext): Promise<PartResult> {
  console.log(
    `\nOne-way latency between two tabs (ms): ${MESSAGES} messages after ${WARMUP} warm-up, sent every ≥10 ms; the clock's resolution in these pages is 0.1 ms (not cross-origin isolated).`,
  );
  return measured(ctx, 'latency', async () => {
    const out: Figure[] = [];
    for (const mechanism of ['broadcast-channel', 'storage-event']) {
      const app = await appLatency(ctx.browser, ctx.appUrl, mechanism);
      const bare = await minimalLatency(ctx.browser, ctx.minimal.url, mechanism);
      out.push(...spread(`latency.${mechanism}`, mechanism, app, bare));
    }
    return out;
  });
}

export function windowPart(ctx: PartContext): Promise<PartResult> {
  console.log(
    `\nRound trips over window messaging (ms): ${RT_MESSAGES} messages after ${RT_WARMUP} warm-up, typed and sent with Enter; each message's receipt read from the exported log. CPU: the sending tab's main-thread task time per message, Playwright's typing included (its role locator walks the page's accessibility tree for every message, so on the app's larger page this measures the driver as much as the app).`,
  );
  const pairs: Array<[string, string, () => Promise<RoundTrips>, () => Promise<RoundTrips>]> = [
    [
      'same-origin-frame',
      'parent ↔ same-origin iframe',
      () => appFrameRoundTrip(ctx.browser, ctx.appUrl, 'Same-origin frame'),
      () => minimalFrameRoundTrip(ctx.browser, ctx.minimal.url, new URL(ctx.minimal.url).origin),
    ],
    [
      'cross-origin-frame',
      'parent ↔ cross-origin iframe',
      () => appFrameRoundTrip(ctx.browser, ctx.appUrl, 'Cross-origin frame'),
      () => minimalFrameRoundTrip(ctx.browser, ctx.minimal.url, ctx.minimal.foreign),
    ],
    [
      'popup',
      'opener ↔ popup',
      () => appPopupRoundTrip(ctx.browser, ctx.appUrl),
      () => minimalPopupRoundTrip(ctx.browser, ctx.minimal.url),
    ],
  ];
  return measured(
    ctx,
    'window messaging',
    async () => {
      const out: Figure[] = [];
      for (const [id, label, app, bare] of pairs) {
        const [a, b] = [await app(), await bare()];
        out.push(...spread(`window.${id}`, label, a.trips, b.trips));
        out.push({
          id: `window.${id}.cpu`,
          label: `${label}, CPU per message (with typing)`,
          unit: 'µs/msg',
          better: 'lower',
          app: a.cpu.taskUs,
          minimal: b.cpu.taskUs,
        });
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
}

export function buffersPart(ctx: PartContext): Promise<PartResult> {
  console.log(
    '\nCopy (structured clone) vs transfer of an ArrayBuffer to a same-origin iframe (ms, medians): the postMessage call, and the time until the frame had it.',
  );
  return measured(ctx, 'buffers', async () => {
    const [app, bare] = [
      await appCosts(ctx.browser, ctx.appUrl),
      await minimalCosts(ctx.browser, ctx.minimal.url),
    ];
    return COST_SIZES.flatMap((bytes) =>
      (['copy', 'transfer'] as const).flatMap((mode) => {
        const [a, b] = [app[`${bytes}:${mode}`], bare[`${bytes}:${mode}`]];
        if (!a || !b) return [];
        const id = `buffers.${bytes}.${mode}`;
        const label = `${formatBytes(bytes)} ${mode}`;
        return [
          {
            id: `${id}.call`,
            label: `${label}, call`,
            unit: 'ms',
            better: 'lower',
            app: a.call.median,
            minimal: b.call.median,
          } as Figure,
          {
            id: `${id}.arrived`,
            label: `${label}, arrived`,
            unit: 'ms',
            better: 'lower',
            app: a.arrived.median,
            minimal: b.arrived.median,
          } as Figure,
        ];
      }),
    );
  });
}

export function serviceWorkerPart(ctx: PartContext): Promise<PartResult> {
  console.log(
    `\nServiceWorker relay, tab → worker → tab (ms): ${SW_MESSAGES} warm messages after ${SW_WARMUP} warm-up; then ${COLD_STARTS} first messages after the worker was stopped.`,
  );
  return measured(ctx, 'service worker', async () => {
    const [app, bare] = [
      await appServiceWorker(ctx.browser, ctx.appUrl),
      await minimalServiceWorker(ctx.browser, ctx.minimal.url),
    ];
    return [
      ...spread('sw.warm', 'warm', app.warm, bare.warm),
      ...spread('sw.cold', 'cold', app.cold, bare.cold),
    ];
  });
}

export function flowPart(ctx: PartContext): Promise<PartResult> {
  console.log(
    `\nThe flow view: ${FLOW_TOTAL.toLocaleString('en')} BroadcastChannel messages at ${FLOW_RATE.toLocaleString('en')}/s into a tab showing the flow view, then scrolling through them (frame times, ms). Goal: p95 ≤ 16.7 ms.`,
  );
  return measured(ctx, 'flow view', async () => {
    const [app, bare] = [
      await appFlow(ctx.browser, ctx.appUrl),
      await minimalFlow(ctx.browser, ctx.minimal.url),
    ];
    return [
      ...spread('flow.streaming', 'streaming in', app.streaming, bare.streaming),
      ...spread('flow.scrolling', 'scrolling', app.scrolling, bare.scrolling),
      {
        id: 'flow.longest-task',
        label: 'longest task over 50 ms (0: none)',
        unit: 'ms',
        better: 'lower',
        app: app.longestTaskMs ?? 0,
        minimal: bare.longestTaskMs ?? 0,
      },
    ];
  });
}
