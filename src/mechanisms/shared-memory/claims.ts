import './i18n';
import type { Claim } from '../../lib/claim-types';

const SPEC = 'test/e2e/shared-memory.spec.ts';
const MDN_SAB =
  'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/SharedArrayBuffer';

/** What the shared memory page teaches, each with the test or source that backs it. */
export const claims: readonly Claim[] = [
  {
    text: 'sm.teach.isolated',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'this route alone is cross-origin isolated, and the pages around it are not',
      },
      {
        kind: 'source',
        url: `${MDN_SAB}#security_requirements`,
        label: 'MDN, SharedArrayBuffer security requirements',
      },
    ],
  },
  {
    text: 'sm.teach.ring',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'a message typed on the page goes through shared memory to the worker and back',
      },
      {
        kind: 'source',
        url: 'https://tc39.es/ecma262/#sec-atomics.store',
        label: 'ECMAScript, Atomics.store',
      },
    ],
  },
  {
    text: 'sm.teach.notify',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'without Atomics.notify the message waits in the ring until the worker is woken',
      },
      {
        kind: 'source',
        url: 'https://tc39.es/ecma262/#sec-atomics.notify',
        label: 'ECMAScript, Atomics.notify',
      },
    ],
  },
  {
    text: 'sm.teach.mainWait',
    proof: [
      { kind: 'test', spec: SPEC, title: 'Atomics.wait on the main thread throws a TypeError' },
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Atomics/wait',
        label: 'MDN, Atomics.wait()',
      },
    ],
  },
  {
    text: 'sm.teach.lost',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'two workers lose updates with a plain + 1, and none with Atomics.add',
      },
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Atomics/add',
        label: 'MDN, Atomics.add()',
      },
    ],
  },
  {
    text: 'sm.teach.cluster',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'the buffer posted over BroadcastChannel never reaches another tab',
      },
      {
        kind: 'source',
        url: 'https://html.spec.whatwg.org/multipage/structured-data.html#structureddeserialize',
        label: 'HTML Standard, StructuredDeserialize',
        note: {
          en: 'SharedArrayBuffer and agent clusters',
          'zh-CN': 'SharedArrayBuffer 与代理集群',
        },
      },
    ],
  },
];
