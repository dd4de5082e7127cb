// Lays out a Hood as a small diagram that stays readable from 320 px up: processes are boxes
// stacked top to bottom, each holding its places as rows; every hop is an elbow arrow in a lane
// to the right, numbered where it runs. Pure, so its geometry is unit-tested.
import type { Hood, HoodHop, HoodPlace } from '../../lib/hood-types';

export const WIDTH = 320;
const PAD = 6;
const PROCESS_LABEL = 16;
const ROW = 30;
const ROW_GAP = 6;
const PROCESS_GAP = 10;
const LANE = 18;

export type Box = { x: number; y: number; width: number; height: number };
export type LaidProcess = Box & { name: string };
export type LaidPlace = Box & { place: HoodPlace };
export type LaidHop = { n: number; hop: HoodHop; path: string; badge: { x: number; y: number } };
export type HoodLayout = {
  width: number;
  height: number;
  processes: LaidProcess[];
  places: LaidPlace[];
  hops: LaidHop[];
};

/** Places in the order a message meets them, grouped by process (first met, first drawn). */
function order(hood: Hood): HoodPlace[] {
  const seen: string[] = [];
  for (const hop of hood.hops)
    for (const id of [hop.from, hop.to]) if (!seen.includes(id)) seen.push(id);
  const byId = new Map(hood.places.map((p) => [p.id, p]));
  const met = [
    ...seen.flatMap((id) => byId.get(id) ?? []),
    ...hood.places.filter((p) => !seen.includes(p.id)),
  ];
  const processes = [...new Set(met.map((p) => p.process))];
  return processes.flatMap((process) => met.filter((p) => p.process === process));
}

/** Greedy interval colouring: a hop takes the nearest lane free over all the rows it spans. */
function lanes(spans: readonly (readonly [number, number])[]): number[] {
  const taken: [number, number][][] = [];
  return spans.map(([a, b]) => {
    let lane = 0;
    while (taken[lane]?.some(([x, y]) => a <= y && x <= b)) lane += 1;
    (taken[lane] ??= []).push([a, b]);
    return lane;
  });
}

export function layoutHood(hood: Hood): HoodLayout {
  const places = order(hood);
  const row = new Map(places.map((p, i) => [p.id, i]));
  const spans = hood.hops.map((hop) => {
    const a = row.get(hop.from) ?? 0;
    const b = row.get(hop.to) ?? 0;
    return [Math.min(a, b), Math.max(a, b)] as const;
  });
  const laneOf = lanes(spans);
  const laneCount = Math.max(1, ...laneOf.map((l) => l + 1));
  const boxRight = WIDTH - PAD - laneCount * LANE;
  const laneX = (lane: number) => boxRight + LANE / 2 + lane * LANE;

  const processes: LaidProcess[] = [];
  const laid: LaidPlace[] = [];
  let y = PAD;
  for (const [i, place] of places.entries()) {
    const previous = places[i - 1];
    if (previous?.process !== place.process) {
      if (previous) y += PAD + PROCESS_GAP;
      processes.push({ name: place.process, x: PAD, y, width: boxRight - PAD, height: 0 });
      y += PROCESS_LABEL;
    } else y += ROW_GAP;
    laid.push({ place, x: PAD + 6, y, width: boxRight - PAD - 12, height: ROW });
    y += ROW;
    const box = processes[processes.length - 1] as LaidProcess;
    box.height = y + PAD - box.y;
  }

  // Where hops meet a row they share, their stubs are spread so no two lie on one line.
  const ends = new Map<number, number>();
  const endCount = new Map<number, number>();
  hood.hops.forEach((hop) =>
    [hop.from, hop.to].forEach((id) => {
      const r = row.get(id) ?? 0;
      endCount.set(r, (endCount.get(r) ?? 0) + 1);
    }),
  );
  const stubY = (id: string) => {
    const r = row.get(id) ?? 0;
    const index = ends.get(r) ?? 0;
    ends.set(r, index + 1);
    const count = endCount.get(r) ?? 1;
    const box = laid[r] as LaidPlace;
    return box.y + ROW / 2 + (index - (count - 1) / 2) * Math.min(7, (ROW - 6) / count);
  };
  const hops = hood.hops.map((hop, i) => {
    const x = laneX(laneOf[i] ?? 0);
    const y1 = stubY(hop.from);
    const y2 = stubY(hop.to);
    const edge = boxRight - 6;
    return {
      n: i + 1,
      hop,
      path: `M ${edge} ${y1} H ${x} V ${y2} H ${edge + 2}`,
      badge: { x, y: (y1 + y2) / 2 },
    };
  });
  return { width: WIDTH, height: y + PAD, processes, places: laid, hops };
}
