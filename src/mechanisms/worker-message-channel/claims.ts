import './i18n';
import type { Claim } from '../../lib/claim-types';

const SPEC = 'test/e2e/worker-message-channel.spec.ts';
const MESSAGING = 'https://html.spec.whatwg.org/multipage/web-messaging.html';

/** What the Worker + MessageChannel page teaches, each with the test or source that backs it. */
export const claims: readonly Claim[] = [
  {
    text: 'wmc.teach.clone',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'a function and a DOM node throw DataCloneError, shown and logged, nothing sent',
      },
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/Web_Workers_API/Structured_clone_algorithm',
        label: 'MDN, the structured clone algorithm',
      },
    ],
  },
  {
    text: 'wmc.teach.transfer',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'a transferred buffer is detached here and whole in the worker; a copy stays',
      },
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/Web_Workers_API/Transferable_objects',
        label: 'MDN, transferable objects',
      },
      {
        kind: 'source',
        url: 'https://html.spec.whatwg.org/multipage/structured-data.html#transferable-objects',
        label: 'HTML Standard, transferable objects',
      },
    ],
  },
  {
    text: 'wmc.teach.ports',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'two workers talk over a MessageChannel without the page',
      },
      {
        kind: 'source',
        url: `${MESSAGING}#message-channels`,
        label: 'HTML Standard, message channels',
      },
    ],
  },
  {
    text: 'wmc.teach.start',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'a port listened to with addEventListener delivers nothing until start()',
      },
      {
        kind: 'source',
        url: `${MESSAGING}#dom-messageport-start`,
        label: 'HTML Standard, MessagePort start()',
      },
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/MessagePort/start',
        label: 'MDN, MessagePort.start()',
      },
    ],
  },
  {
    text: 'wmc.teach.terminate',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title:
          'after terminate() a message throws nothing and gets no answer; a new worker answers',
      },
      {
        kind: 'source',
        url: 'https://html.spec.whatwg.org/multipage/workers.html#dom-worker-terminate',
        label: 'HTML Standard, Worker terminate()',
      },
    ],
  },
];
