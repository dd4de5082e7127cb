// CPU time per message, read from the renderer through the DevTools protocol rather than from wall
// clocks: on a shared 2-core machine frame times swing 2–5× between runs, while the work a page does
// per message barely moves. https://chromedevtools.github.io/devtools-protocol/tot/Performance/
import type { CDPSession, Page } from '@playwright/test';

/** The metrics this bench keeps, in seconds (CDP reports durations in seconds). */
export const CPU_METRICS = [
  /** Not a duration: when the counters were read (monotonic seconds), to line reads up with steps. */
  'Timestamp',
  'ScriptDuration',
  'TaskDuration',
  'LayoutDuration',
  'RecalcStyleDuration',
] as const;
export type CpuMetric = (typeof CPU_METRICS)[number];
export type CpuSample = Record<CpuMetric, number>;

/** Per message, in microseconds: what one message cost the page. */
export type CpuPerMessage = { scriptUs: number; taskUs: number; messages: number };

export type CpuMeter = {
  session: CDPSession;
  /** `threadTicks` (thread CPU time) where the browser supports it, else wall time in tasks. */
  timeDomain: 'threadTicks' | 'timeTicks';
  read: () => Promise<CpuSample>;
};

export async function cpuMeter(page: Page): Promise<CpuMeter> {
  const session = await page.context().newCDPSession(page);
  let timeDomain: CpuMeter['timeDomain'] = 'threadTicks';
  try {
    // Thread ticks: time the main thread actually ran, not time it waited for a busy core.
    await session.send('Performance.enable', { timeDomain });
  } catch {
    timeDomain = 'timeTicks';
    await session.send('Performance.enable', { timeDomain });
  }
  return {
    session,
    timeDomain,
    async read() {
      const { metrics } = await session.send('Performance.getMetrics');
      const out = {} as CpuSample;
      for (const name of CPU_METRICS)
        out[name] = metrics.find((m: { name: string }) => m.name === name)?.value ?? 0;
      return out;
    },
  };
}

export function perMessage(before: CpuSample, after: CpuSample, messages: number): CpuPerMessage {
  const us = (name: CpuMetric) =>
    messages > 0 ? ((after[name] - before[name]) * 1e6) / messages : NaN;
  return { scriptUs: us('ScriptDuration'), taskUs: us('TaskDuration'), messages };
}
