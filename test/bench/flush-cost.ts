// `npx tsx test/bench/flush-cost.ts [--port P] [--batches N] [--batch N] [--filter TEXT] [--css CSS] [--fill N]`: what one
// redraw of the log costs during a flood, free of the machine's load. The log is first filled to
// its capacity, then N batches of messages are posted (as a 5,000-a-second flood delivers them
// between two redraws), one at a time, under a Chrome trace. For each batch, the receiving tab's
// thread time (not wall time: on a shared machine that is mostly waiting for a core) of its costliest
// task and of its style, layout and paint, with how many elements the style pass touched, and where
// each layout started (its root: the document, or a relayout boundary). Needs a
// build (`npx vite build`).
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { summarize } from '../../src/lib/stats';
import { createServer } from '../../mock-server/index';
import { launch } from './browser';
import { RECORDER } from './log-load';
import {
  longTasks,
  rendererMain,
  threadEvents,
  TRACE_CATEGORIES,
  type TraceEvent,
} from './long-tasks';
import { parseTrace } from './task-split';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i < 0 ? fallback : (argv[i + 1] ?? fallback);
};
const port = Number(flag('--port', '0'));
const batches = Number(flag('--batches', '12'));
const batch = Number(flag('--batch', '500'));
// Entries in the log before the measured batches: past its capacity by default (the flood's steady
// state); below it, the batches measure a growing list (a flood's first two seconds).
const fill = Number(flag('--fill', '10500'));
const filter = flag('--filter', '');
// A style sheet added to the page: what-if runs (say, `.log-toolbar__count{display:none}` to see
// which layouts the count's text started).
const css = flag('--css', '');

/** Posts `n` envelopes on the app's channel in one task; the receiver gets them as `n` tasks. */
const post = (n: number, from: number) => `(() => {
  const channel = new BroadcastChannel('comms-lab');
  const sender = { id: 'load-generator', name: 'Load', color: '#555555', kind: 'tab' };
  for (let seq = ${from}; seq < ${from + n}; seq++)
    channel.postMessage({ v: 1, id: 'load-' + seq, mechanism: 'broadcast-channel', sender, kind: 'chat', body: 'load ' + seq, sentAt: performance.timeOrigin + performance.now(), seq });
  channel.close();
})()`;

type LayoutRoot = { nodeName?: string; depth?: number };
const layoutRoots = (e: TraceEvent) =>
  (((e.args ?? {}) as { endData?: { layoutRoots?: LayoutRoot[] } }).endData?.layoutRoots ?? []).map(
    (root) => `${root.nodeName ?? '?'} (depth ${root.depth ?? '?'})`,
  );

// Plain page JavaScript: functions compiled by tsx carry helpers (`__name`) the page lacks.
const received = (page: Page) =>
  page.evaluate(`(() => {
    const text = (document.querySelector('.log-toolbar__count')?.textContent ?? '').replace(/,/g, '');
    const n = (re) => Number(re.exec(text)?.[1] ?? 0);
    return n(/of (\\d+) entries/) + n(/(\\d+) oldest dropped/);
  })()`) as Promise<number>;

async function until(page: Page, count: number) {
  const deadline = Date.now() + 30_000;
  let now = await received(page);
  while (now < count && Date.now() < deadline) {
    await page.waitForTimeout(50);
    now = await received(page);
  }
  if (now < count) throw new Error(`the log shows ${now} messages, not ${count}`);
}

const server = await createServer({ port, foreignPort: port ? port + 1 : 0 });
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const receiver = await context.newPage();
  const generator = await context.newPage();
  await receiver.goto(`${server.urls.app}m/broadcast-channel?lang=en`);
  await generator.goto(`${server.urls.app}compare?lang=en`);
  await receiver.waitForTimeout(1000);
  if (css) await receiver.addStyleTag({ content: css });
  if (filter) await receiver.getByRole('searchbox', { name: /filter/i }).fill(filter);
  let seq = 0;
  const base = await received(receiver);
  // Fill the log to its capacity first: the flood's steady state, rows dropping off the top.
  while (seq < fill) {
    const n = Math.min(500, fill - seq);
    await generator.evaluate(post(n, seq));
    seq += n;
    await until(receiver, base + seq);
  }
  await receiver.waitForTimeout(500);
  // Frames keep coming, as in the bench's flood (its frame recorder asks for every one).
  await receiver.evaluate(RECORDER);
  await browser.startTracing(receiver, { categories: TRACE_CATEGORIES });
  for (let i = 0; i < batches; i++) {
    await receiver.evaluate(`performance.mark('batch-${i}')`);
    await generator.evaluate(post(batch, seq));
    seq += batch;
    await until(receiver, base + seq);
    // The batch is drawn in the frame after its commit: wait for two more.
    await receiver.evaluate(
      `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`,
    );
    await receiver.waitForTimeout(150);
  }
  await receiver.evaluate(`performance.mark('batch-end')`);
  const trace = await browser.stopTracing();
  if (argv.includes('--save')) writeFileSync('.bench-results/flush-cost-trace.json', trace);
  const events = parseTrace(trace);
  const { pid, tid } = rendererMain(events, '/m/');
  const thread = threadEvents(events, pid, tid);
  const marks = events
    .filter((e) => e.pid === pid && /^batch-/.test(e.name) && e.ph !== 'e')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const tasks = longTasks(thread, { measure: 'cpu', thresholdMs: 0 });
  const origin = thread.find((e) => e.name === 'RunTask' || e.name.endsWith('::RunTask'))?.ts ?? 0;
  const cpu = (e: TraceEvent) => Math.min(e.tdur ?? e.dur ?? 0, e.dur ?? 0) / 1000;
  const rows: Record<string, number>[] = [];
  // Where each layout started: the document when a change reached up to it, a relayout boundary's
  // element when containment stopped it there (trace Layout endData.layoutRoots).
  const roots = new Map<string, number>();
  for (let i = 0; i + 1 < marks.length; i++) {
    const [from, to] = [marks[i] as number, marks[i + 1] as number];
    const inside = tasks.filter((t) => {
      const at = origin + t.atMs * 1000;
      return at >= from && at < to;
    });
    const sum = (name: string) => inside.reduce((n, t) => n + (t.self.get(name) ?? 0), 0);
    const styles = thread.filter((e) => e.name === 'UpdateLayoutTree' && e.ts >= from && e.ts < to);
    const layouts = thread.filter((e) => e.name === 'Layout' && e.ts >= from && e.ts < to);
    for (const root of layouts.flatMap(layoutRoots)) roots.set(root, (roots.get(root) ?? 0) + 1);
    const data = (e: TraceEvent) => (e.args ?? {}) as Record<string, Record<string, number>>;
    const top = inside.reduce<(typeof inside)[number] | null>(
      (a, t) => (a && a.cpuMs >= t.cpuMs ? a : t),
      null,
    );
    if (argv.includes('--each') && top)
      console.log(
        `  costliest task ${top.cpuMs.toFixed(1)} ms: ${[...top.self]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([n, ms]) => `${n} ${ms.toFixed(1)}`)
          .join(', ')}`,
      );
    rows.push({
      maxTask: Math.max(0, ...inside.map((t) => t.cpuMs)),
      total: inside.reduce((n, t) => n + t.cpuMs, 0),
      script: sum('FunctionCall') + sum('FireAnimationFrame') + sum('EventDispatch'),
      style: sum('UpdateLayoutTree'),
      layout: sum('Layout'),
      paint: sum('Paint') + sum('PrePaint') + sum('Layerize') + sum('Commit'),
      elements: styles.reduce((n, e) => n + Number(data(e).elementCount ?? 0), 0),
      dirty: layouts.reduce((n, e) => n + Number(data(e).beginData?.dirtyObjects ?? 0), 0),
      layoutCpu: layouts.reduce((n, e) => n + cpu(e), 0),
    });
  }
  const keys = Object.keys(rows[0] ?? {});
  if (argv.includes('--each'))
    for (const row of rows)
      console.log(keys.map((k) => `${k} ${(row[k] as number).toFixed(1)}`).join(', '));
  console.log(
    `${rows.length} batches of ${batch} (${fill >= 10_000 ? 'log full' : `from ${fill} entries`}${filter ? `, filter "${filter}"` : ''}); load ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `layout roots: ${[...roots]
      .sort((a, b) => b[1] - a[1])
      .map(([root, n]) => `${root} ×${n}`)
      .join(', ')}`,
  );
  console.log('per batch (CPU ms; elements restyled, layout objects dirtied): median / p95 / max');
  for (const key of keys) {
    const s = summarize(rows.map((r) => r[key] as number));
    console.log(
      `  ${key.padEnd(10)} ${s.median.toFixed(2)} / ${s.p95.toFixed(2)} / ${s.max.toFixed(2)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
