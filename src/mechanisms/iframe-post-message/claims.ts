import './i18n';
import type { Claim } from '../../lib/claim-types';

const SPEC = 'test/e2e/iframe-post-message.spec.ts';

/** What the iframe page teaches, each with the test or source that backs it. */
export const claims: readonly Claim[] = [
  {
    text: 'ifr.teach.targetOrigin',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'a wrong targetOrigin is not delivered, and the page says so',
      },
    ],
  },
  {
    text: 'ifr.teach.origin',
    proof: [
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/Window/postMessage#security_concerns',
        label: 'MDN, postMessage security concerns',
      },
    ],
  },
  {
    text: 'ifr.teach.null',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title:
          'the sandboxed frame has origin "null": its hello is refused, and only "*" reaches it; it turns dark with the page',
      },
    ],
  },
  {
    text: 'ifr.teach.navigate',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title:
          'a navigated-away frame: an exact targetOrigin stops the message, "*" gives it to whoever is there',
      },
    ],
  },
  {
    text: 'ifr.teach.transfer',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'a transferred buffer leaves the sender detached; a copied one does not',
      },
      {
        kind: 'source',
        url: 'https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializewithtransfer',
        label: 'HTML Standard, StructuredSerializeWithTransfer',
      },
    ],
  },
  {
    text: 'ifr.teach.port',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title:
          'MessageChannel: port traffic goes both ways and never reaches the window message listener',
      },
    ],
  },
];
