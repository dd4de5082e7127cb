// `npx tsx test/bench/heap-kept.ts [--port P] [--total N] [--minimal] [--idle] [--top N]`: what a
// log flood leaves alive. Two heap snapshots of the receiving tab, after a garbage collection
// before the flood and after it, summed per kind of object (a plain object by its first property
// names, others by constructor, strings by their text with digits masked); the difference is what
// the flood's messages keep: the log's entries, their envelopes, numbers and strings, the code the
// flood had compiled. `--idle` lists what was alive before. Load-independent: counts and bytes,
// not times. Needs a build (`npx vite build`).
// https://chromedevtools.github.io/devtools-protocol/tot/HeapProfiler/#method-takeHeapSnapshot
import type { CDPSession } from '@playwright/test';
import { openFloodPages } from './flood-pages';
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

const { context, receiver, generator, total, minimalPage, flag, has, close } =
  await openFloodPages();
try {
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
  const top = Number(flag('--top', '20'));
  const row = ({ key, count, bytes }: { key: string; count: number; bytes: number }) =>
    console.log(
      `  ${String(count).padStart(7)}  ${(bytes / 1024).toFixed(0).padStart(6)} KiB  ${key}`,
    );
  if (has('--idle')) {
    console.log('alive before the flood, by kind (count, bytes):');
    [...before.kinds]
      .map(([key, sum]) => ({ key, ...sum }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, top)
      .forEach(row);
  }
  console.log('kept by the flood, by kind (count, bytes):');
  grown.slice(0, top).forEach(row);
} finally {
  await close();
}
