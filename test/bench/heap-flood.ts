// `npx tsx test/bench/heap-flood.ts [--port P] [--total N] [--minimal]`: where a log flood's memory
// goes. One flood (the app's page, or the minimal page) under V8's sampling heap profiler, which
// keeps the objects the garbage collector already took (young and old), so what it lists is every
// allocation, not only what survived: bytes per received message, by the function that allocated
// them. Load-independent: a count of bytes, not a time. Needs a build (`npx vite build`).
// https://chromedevtools.github.io/devtools-protocol/tot/HeapProfiler/#method-startSampling
import { loadavg } from 'node:os';
import { openFloodPages } from './flood-pages';
import { generatorScript, LOAD_RATE } from './log-load';
import { locate } from './profile';

type SamplingNode = {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: SamplingNode[];
};

/** Bytes allocated in all, and per site (a function's own allocations), largest first. */
function bySite(head: SamplingNode, key: (node: SamplingNode) => string) {
  const sizes = new Map<string, number>();
  let bytes = 0;
  const walk = (node: SamplingNode) => {
    if (node.selfSize > 0) {
      const site = key(node);
      sizes.set(site, (sizes.get(site) ?? 0) + node.selfSize);
      bytes += node.selfSize;
    }
    node.children.forEach(walk);
  };
  walk(head);
  return { bytes, sites: [...sizes].sort((a, b) => b[1] - a[1]) };
}

const { context, receiver, generator, total, minimalPage, close } = await openFloodPages();
try {
  const session = await context.newCDPSession(receiver);
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await generator.evaluate(generatorScript(total, LOAD_RATE));
  // The last messages' redraw: the flush that follows a flood's end waits up to 100 ms.
  await receiver.waitForTimeout(1000);
  const shown = await receiver.evaluate(
    minimalPage
      ? 'String(window.received())'
      : "document.querySelector('.log-toolbar__count')?.textContent ?? ''",
  );
  const { profile } = (await session.send('HeapProfiler.stopSampling')) as {
    profile: { head: SamplingNode };
  };
  const where = (node: SamplingNode) =>
    locate({
      functionName: node.callFrame.functionName,
      url: node.callFrame.url,
      lineNumber: node.callFrame.lineNumber,
      columnNumber: node.callFrame.columnNumber,
    });
  const { bytes, sites } = bySite(profile.head, (node) => {
    const place = where(node);
    return `${place.name} ${place.where}`;
  });
  console.log(
    `${minimalPage ? 'minimal' : 'app'} page, ${total} messages at ${LOAD_RATE}/s (the page counts: ${String(shown)}), load ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `allocated ${(bytes / total).toFixed(0)} bytes per message (sampled every 4 KiB), by the function that allocated them:`,
  );
  for (const [site, size] of sites.slice(0, 18))
    console.log(`  ${(size / total).toFixed(0).padStart(6)} B/msg  ${site}`);
} finally {
  await close();
}
