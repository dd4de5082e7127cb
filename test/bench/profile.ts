// Where a message's time goes: Chrome's sampling CPU profiler (CDP `Profiler`) started and stopped
// around a burst of messages, its samples summed as self time per function and per file. The app is
// minified, so positions are mapped back through dist/*.map to the source file and line.
// https://chromedevtools.github.io/devtools-protocol/tot/Profiler/
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession } from '@playwright/test';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame };
/** As CDP returns it: times in µs on the browser's monotonic clock; `timeDeltas[i]` leads to sample i. */
export type CpuProfile = {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};

export type Cost = { name: string; where: string; selfMs: number; share: number };
export type ProfileSummary = {
  totalMs: number;
  messages: number;
  /** Busy (non-idle) sampled time per message, in microseconds. */
  perMessageUs: number;
  /** Share of the profiled steps the samples cover, where profiles were cut to their steps. */
  covered?: number;
  functions: Cost[];
  files: Cost[];
};

const SAMPLING_US = 100;

export async function startProfile(session: CDPSession): Promise<void> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await session.send('Profiler.start');
}

export async function stopProfile(session: CDPSession): Promise<CpuProfile> {
  const { profile } = await session.send('Profiler.stop');
  return profile as CpuProfile;
}

/**
 * The samples taken from `fromUs` up to `toUs` (the profile's clock), as a profile of its own, and
 * the share of that window the profile covered (a profiler started late misses the window's start).
 */
export function clipProfile(
  profile: CpuProfile,
  fromUs: number,
  toUs: number,
): { profile: CpuProfile; covered: number } {
  const startTime = Math.max(profile.startTime, fromUs);
  const endTime = Math.max(startTime, Math.min(profile.endTime, toUs));
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let at = profile.startTime;
  let last = startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < startTime || at >= endTime) return;
    samples.push(id);
    timeDeltas.push(at - last);
    last = at;
  });
  const covered = toUs > fromUs ? (endTime - startTime) / (toUs - fromUs) : 0;
  return { profile: { ...profile, startTime, endTime, samples, timeDeltas }, covered };
}

/** Keeps a raw profile beside latest.json; Chrome DevTools' Performance panel opens it. */
export function saveProfile(name: string, profile: CpuProfile): string {
  mkdirSync('.bench-results/profiles', { recursive: true });
  const path = `.bench-results/profiles/${name}.cpuprofile`;
  writeFileSync(path, JSON.stringify(profile));
  return path;
}

const maps = new Map<string, TraceMap | null>();
/** The source map of a built asset served from dist/, or null for anything else. */
function mapFor(url: string): TraceMap | null {
  const path = /\/(assets\/[^?#]+\.js)/.exec(url)?.[1];
  if (!path) return null;
  if (!maps.has(path)) {
    const file = resolve('dist', `${path}.map`);
    maps.set(path, existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
  }
  return maps.get(path) ?? null;
}

/** `name` and `file:line` of a frame, in source terms where a map knows them. */
export function locate(frame: CallFrame): { name: string; file: string; where: string } {
  const builtin = frame.url === '' ? frame.functionName : null;
  if (builtin !== null) return { name: builtin || '(native)', file: '(native)', where: '' };
  const map = mapFor(frame.url);
  const position = map
    ? originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber })
    : null;
  if (position?.source) {
    const file = position.source.replace(/^(\.\.\/)+/, '');
    return {
      name: position.name ?? frame.functionName ?? '(anonymous)',
      file,
      where: `${file}:${position.line}`,
    };
  }
  const file = frame.url.replace(/^https?:\/\/[^/]+\//, '');
  return {
    name: frame.functionName || '(anonymous)',
    file,
    where: `${file}:${frame.lineNumber + 1}`,
  };
}

// A package's code counts as one file: "which library" is the useful answer there.
const fileGroup = (file: string) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file.replace(/\?.*$/, '');

/** Self time per function and per file over one or more profiles, the top `top` of each. */
export function summarizeProfiles(
  profiles: CpuProfile[],
  messages: number,
  top = 8,
): ProfileSummary {
  const byFunction = new Map<string, Cost>();
  const byFile = new Map<string, Cost>();
  let total = 0;
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id);
      // Each sample is booked the time since the one before it. The first has none before it: its
      // delta is the wait from the profiler's start to the first tick, not time in its frame. On a
      // starved machine that wait ran to 262–436 ms, all of it booked to "(program)".
      if (i === 0) return;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (!frame || frame.functionName === '(idle)') return;
      total += ms;
      const { name, file, where } = locate(frame);
      const key = `${name}|${where}`;
      const fn = byFunction.get(key) ?? { name, where, selfMs: 0, share: 0 };
      fn.selfMs += ms;
      byFunction.set(key, fn);
      const group = fileGroup(file);
      const f = byFile.get(group) ?? { name: group, where: '', selfMs: 0, share: 0 };
      f.selfMs += ms;
      byFile.set(group, f);
    });
  }
  const ranked = (costs: Map<string, Cost>) =>
    [...costs.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((c) => ({ ...c, share: total > 0 ? c.selfMs / total : 0 }));
  return {
    totalMs: total,
    messages,
    perMessageUs: messages > 0 ? (total * 1000) / messages : NaN,
    functions: ranked(byFunction),
    files: ranked(byFile),
  };
}

/** The summary as printed lines: the top functions, then the top files. */
export function formatProfile(label: string, summary: ProfileSummary): string {
  const pct = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`;
  const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;
  return [
    `${label}: ${summary.messages.toLocaleString('en')} messages, ${summary.totalMs.toFixed(0)} ms busy, ${summary.perMessageUs.toFixed(1)} µs/message sampled`,
    '  top functions (self time):',
    ...summary.functions.map(
      (c) => `    ${pct(c.share)} ${ms(c.selfMs)}  ${c.name}${c.where ? `  ${c.where}` : ''}`,
    ),
    '  top files and packages (self time):',
    ...summary.files.map((c) => `    ${pct(c.share)} ${ms(c.selfMs)}  ${c.name}`),
  ].join('\n');
}
