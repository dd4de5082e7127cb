// `npx tsx test/bench/heap-kept.ts [--port P] [--total N] [--minimal]`: what a log flood leaves
// alive. Two heap snapshots of the receiving tab, after a garbage collection before the flood and
// after it, summed per kind of object (its constructor, or V8's name for strings, arrays and
// closures); the difference is what the flood's messages keep: the log's entries, the receipts,
// the sequence trackers. Load-independent: counts and bytes, not times. Needs a build.
// https://chromedevtools.github.io/devtools-protocol/tot/HeapProfiler/#method-takeHeapSnapshot
import type { CDPSession } from '@playwright/test';
import { createServer } from '../../mock-server/index';
import { launch, serveMinimal } from './browser';
import { generatorScript, LOAD_RATE } from './log-load';

type Snapshot = {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[]];
      edge_fields: string[];
      edge_types: [string[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
};
type Kinds = Map<string, { count: number; bytes: number }>;

/**
 * Self sizes summed per kind: a plain object by its first property names (its shape), other
 * objects by constructor, strings by their text with digits masked (`load-#`), code by its type.
 */
function kinds({ snapshot, nodes, edges, strings }: Snapshot): Kinds {
  const { node_fields: fields, edge_fields: edgeFields } = snapshot.meta;
  const types = snapshot.meta.node_types[0];
  const edgeTypes = snapshot.meta.edge_types[0];
  const [type, name, size, edgeCount] = [
    fields.indexOf('type'),
    fields.indexOf('name'),
    fields.indexOf('self_size'),
    fields.indexOf('edge_count'),
  ];
  const [edgeType, edgeName] = [edgeFields.indexOf('type'), edgeFields.indexOf('name_or_index')];
  const out: Kinds = new Map();
  let edge = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const kind = types[nodes[i + type] as number] as string;
    const label = strings[nodes[i + name] as number] as string;
    const count = nodes[i + edgeCount] as number;
    const props: string[] = [];
    for (let e = edge; e < edge + count * edgeFields.length; e += edgeFields.length)
      if (edgeTypes[edges[e + edgeType] as number] === 'property' && props.length < 4)
        props.push(strings[edges[e + edgeName] as number] as string);
    edge += count * edgeFields.length;
    const key = /string/.test(kind)
      ? `(${kind}) ${label.slice(0, 12).replace(/\d+/g, '#')}`
      : /number|code|hidden/.test(kind)
        ? `(${kind})`
        : kind === 'object' && label === 'Object'
          ? `{${props.join(', ')}}`
          : `${kind}:${label.slice(0, 60)}`;
    const sum = out.get(key) ?? { count: 0, bytes: 0 };
    sum.count++;
    sum.bytes += nodes[i + size] as number;
    out.set(key, sum);
  }
  return out;
}

async function snapshotKinds(session: CDPSession): Promise<{ kinds: Kinds; total: number }> {
  await session.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const found = kinds(JSON.parse(chunks.join('')) as Snapshot);
  let total = 0;
  for (const { bytes } of found.values()) total += bytes;
  return { kinds: found, total };
}

const argv = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i < 0 ? fallback : (argv[i + 1] ?? fallback);
};
const port = Number(flag('--port', '0'));
const total = Number(flag('--total', '20000'));
const minimalPage = argv.includes('--minimal');

const server = await createServer({ port, foreignPort: port ? port + 1 : 0 });
const minimal = await serveMinimal(port ? [port + 2, port + 3] : [0, 0]);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const receiver = await context.newPage();
  // The generator is the minimal one for both: it runs in its own tab, and this measures the
  // receiver alone.
  const generator = await context.newPage();
  await receiver.goto(
    minimalPage ? `${minimal.url}log.html` : `${server.urls.app}m/broadcast-channel?lang=en`,
  );
  await generator.goto(minimalPage ? `${minimal.url}generator.html` : `${server.urls.app}compare`);
  await receiver.waitForTimeout(1000);
  const session = await context.newCDPSession(receiver);
  await session.send('HeapProfiler.enable');
  const heap = () =>
    receiver.evaluate(
      '(performance.memory.usedJSHeapSize / 1048576).toFixed(2)',
    ) as Promise<string>;
  const before = await snapshotKinds(session);
  const heapBefore = await heap();
  await generator.evaluate(generatorScript(total, LOAD_RATE));
  await receiver.waitForTimeout(1000);
  const after = await snapshotKinds(session);
  const heapAfter = await heap();
  console.log(
    `${minimalPage ? 'minimal' : 'app'} page, ${total} messages: snapshot ${(before.total / 1048576).toFixed(2)} → ${(after.total / 1048576).toFixed(2)} MB, usedJSHeapSize after GC ${heapBefore} → ${heapAfter} MB`,
  );
  const grown = [...after.kinds]
    .map(([key, { count, bytes }]) => {
      const was = before.kinds.get(key) ?? { count: 0, bytes: 0 };
      return { key, count: count - was.count, bytes: bytes - was.bytes };
    })
    .sort((a, b) => b.bytes - a.bytes);
  if (argv.includes('--idle')) {
    console.log('alive before the flood, by kind (count, bytes):');
    const idle = [...before.kinds].sort((a, b) => b[1].bytes - a[1].bytes);
    for (const [key, { count, bytes }] of idle.slice(0, Number(flag('--top', '20'))))
      console.log(
        `  ${String(count).padStart(7)}  ${(bytes / 1024).toFixed(0).padStart(6)} KiB  ${key}`,
      );
  }
  console.log('kept by the flood, by kind (count, bytes):');
  for (const { key, count, bytes } of grown.slice(0, Number(flag('--top', '20'))))
    console.log(
      `  ${String(count).padStart(7)}  ${(bytes / 1024).toFixed(0).padStart(6)} KiB  ${key}`,
    );
} finally {
  await browser.close();
  await minimal.close();
  await server.close();
}
