// The Race by hand: the same counterparts (public/race-echo.html, the relay worker, the server), the
// same sizes, counts, warm-up and limits as src/app/race/, and nothing else — no React, no store,
// no transports. The bench compares the app's figures with these. The app's own worker, hub and
// second RTCPeerConnection are bundled TypeScript, so this page has plain twins of them that answer
// the same way (race-more-rigs.js).
import { firstRigs } from './race-first-rigs.js';
import { moreRigs } from './race-more-rigs.js';

const params = new URLSearchParams(location.search);
const MESSAGES = Number(params.get('messages') || 1000);
// The throughput burst's floor and cap, as the app's (src/app/race/measure.ts, `?burstMs=`).
const BURST_MS = Number(params.get('burstMs') || 400);
const BURST_CAP = Math.max(8000, Math.ceil((BURST_MS / 400) * 8000));
const WARMUP = Math.min(20, Math.ceil(MESSAGES / 5));
const SIZES = [
  ['small', 16],
  ['1k', 1024],
  ['100k', 100 * 1024],
];
const TIMEOUT = 2000;
const foreignPort = Number(params.get('foreign'));
const foreign = `${location.protocol}//${location.hostname}:${foreignPort}`;
const clock = () => performance.timeOrigin + performance.now();
const self = {
  id: `minimal-${Math.random().toString(36).slice(2, 8)}`,
  name: 'Minimal',
  color: '#123456',
  kind: 'tab',
};
let seq = 0;
const envelope = (mechanism, kind, body) => ({
  v: 1,
  id: `${self.id}-${++seq}`,
  mechanism,
  sender: self,
  kind,
  body,
  sentAt: clock(),
  seq,
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// The bench reads CPU time at each step (see test/bench/race-steps.ts) and the race waits until it
// has, so each step's counters start exactly there; absent outside the bench.
const step = async (id, name) => window.benchStep?.(`${id}|${name}`, performance.now());
const waiting = new Map();
function answered(data) {
  if (!data || typeof data !== 'object') return;
  const ids = [data.id, data.body && data.body.ref, data.body && data.body.id];
  for (const id of ids) {
    const done = waiting.get(id);
    if (done) {
      waiting.delete(id);
      done(clock());
      return;
    }
  }
}
const wait = (id) =>
  new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      resolve(null);
    }, TIMEOUT);
    waiting.set(id, (at) => {
      clearTimeout(timer);
      resolve(at);
    });
  });
function percentile(sorted, p) {
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1];
}
function summary(times) {
  const s = [...times].sort((a, b) => a - b);
  return s.length
    ? { median: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1], count: s.length }
    : null;
}

async function race(rig) {
  await step(rig.id, 'setup');
  const session = await rig.setup();
  await step(rig.id, 'handshake');
  const send = (body) => {
    const m = envelope(rig.id, rig.kind || 'race', body);
    const at = clock();
    const answer = wait(m.id);
    session.send(m);
    return { at, answer };
  };
  let ready = false;
  for (let i = 0; i < 40 && !ready; i++)
    ready = (await Promise.race([send('hello').answer, sleep(250).then(() => null)])) !== null;
  if (!ready) return { id: rig.id, failed: 'no answer' };
  const count = Math.min(MESSAGES, rig.maxMessages || Infinity);
  const sizes = {};
  for (const [size, bytes] of SIZES) {
    if (rig.maxBytes && bytes > rig.maxBytes) {
      sizes[size] = null;
      continue;
    }
    await step(rig.id, size);
    const body = 'x'.repeat(bytes);
    const times = [];
    let lost = 0;
    for (let i = 0; i < WARMUP + count; i++) {
      const { at, answer } = send(body);
      const back = await answer;
      if (i >= WARMUP) {
        if (back === null) lost++;
        else times.push(back - at);
      }
      if (rig.gap) await sleep(rig.gap);
    }
    sizes[size] = { ...summary(times), lost };
  }
  let throughput = null;
  let throughputSent = 0;
  if (!rig.gap) {
    await step(rig.id, 'throughput');
    const total = Math.min(count, 500);
    // 1 KiB bodies, as the app's race (src/app/race/engine.ts, THROUGHPUT_BYTES).
    const body = 'x'.repeat(1024);
    let next = 0,
      received = 0;
    const begin = clock();
    // As the app's race (src/app/race/measure.ts): at least BURST_MS, at most BURST_CAP messages.
    const more = () => next < total || (next < BURST_CAP && clock() - begin < BURST_MS);
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (more()) {
          next++;
          if ((await send(body).answer) !== null) received++;
        }
      }),
    );
    throughput = received / ((clock() - begin) / 1000);
    throughputSent = next;
  }
  session.dispose?.();
  return { id: rig.id, sizes, throughput, throughputSent, warmup: WARMUP };
}

// `?only=ID,ID` races only those mechanisms, as the app's `?race=` (the bench's `--mechanisms`).
const only = params.get('only')?.split(',').filter(Boolean) ?? [];
// `?hub=URL`: the SharedWorker rig runs this script as its hub (see race-more-rigs.js).
const hubScript = params.get('hub') ?? undefined;
function rigs(popup) {
  const kit = { answered, envelope, sleep, foreign, unique: () => seq };
  const all = [...firstRigs(popup, kit), ...moreRigs(answered, hubScript)];
  return only.length ? all.filter((rig) => only.includes(rig.id)) : all;
}

document.getElementById('run').addEventListener('click', async () => {
  const popup = window.open(
    `/race-echo.html?mode=window&peer=${encodeURIComponent(location.origin)}`,
    'minimal-race',
    'popup,width=320,height=240',
  );
  const results = [];
  for (const rig of rigs(popup)) {
    try {
      results.push(await race(rig));
    } catch (error) {
      results.push({ id: rig.id, failed: String(error) });
    }
    document.getElementById('out').textContent = JSON.stringify(results, null, 1);
  }
  await step('', 'end');
  window.raceResults = results;
});
