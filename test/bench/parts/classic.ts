// The parts measured by wall clock in the tab, app beside the minimal page, median over the runs:
// latency between tabs, copy vs transfer, the ServiceWorker relay and the flow view. Round trips
// over window messaging: parts/window.ts.
import { formatBytes } from '../../../src/lib/describe-value';
import type { Figure } from '../figures';
import { appFlow, FLOW_RATE, FLOW_TOTAL, minimalFlow } from '../flow-view';
import { appLatency, MESSAGES, minimalLatency, WARMUP } from '../latency';
import {
  appServiceWorker,
  COLD_STARTS,
  minimalServiceWorker,
  SW_MESSAGES,
  SW_WARMUP,
} from '../service-worker';
import { appCosts, COST_SIZES, minimalCosts } from '../buffer-costs';
import type { PartContext, PartResult } from './context';
import { measured, spread } from './measured';

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
