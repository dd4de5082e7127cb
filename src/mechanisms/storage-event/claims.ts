import './i18n';
import './claims-i18n';
import type { Claim } from '../../lib/claim-types';

const SPEC = 'test/e2e/storage-event.spec.ts';
const CLAIMS_SPEC = 'test/e2e/storage-event.claims.spec.ts';
const HTML_STORAGE = 'https://html.spec.whatwg.org/multipage/webstorage.html';

/** What the storage page teaches, each with the test or source that backs it. */
export const claims: readonly Claim[] = [
  {
    text: 'se.teach.notWriter',
    proof: [
      {
        kind: 'test',
        spec: CLAIMS_SPEC,
        title:
          'a same-origin frame in the writing tab gets the storage event; the writing window does not',
      },
      {
        kind: 'source',
        url: `${HTML_STORAGE}#send-a-storage-notification`,
        label: 'HTML Standard, send a storage notification',
      },
      {
        kind: 'test',
        browser: 'firefox',
        spec: 'test/firefox/storage-event.claims.ts',
        title:
          'Firefox: a same-origin frame in the writing tab gets the storage event; the writing window does not',
      },
    ],
  },
  {
    text: 'se.teach.sameValue',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'editor writes reach B and not A; the same value again fires nothing',
      },
      {
        kind: 'source',
        url: `${HTML_STORAGE}#dom-storage-setitem`,
        label: 'HTML Standard, setItem()',
      },
    ],
  },
  {
    text: 'se.teach.clear',
    proof: [{ kind: 'test', spec: SPEC, title: 'clear() gives one event with a null key' }],
  },
  {
    text: 'se.teach.session',
    proof: [{ kind: 'test', spec: SPEC, title: 'sessionStorage writes never reach another tab' }],
  },
  {
    text: 'se.teach.strings',
    proof: [
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/Storage/setItem',
        label: 'MDN, Storage.setItem()',
      },
    ],
  },
  {
    text: 'se.claim.quota',
    proof: [
      {
        kind: 'test',
        spec: CLAIMS_SPEC,
        title:
          'Chromium accepts about 5,242,880 UTF-16 characters, and the meter shows what was measured',
      },
      {
        kind: 'source',
        url: 'https://source.chromium.org/chromium/chromium/src/+/main:components/services/storage/dom_storage/dom_storage_constants.cc',
        label: 'Chromium, kPerStorageAreaQuota',
      },
      {
        kind: 'test',
        browser: 'firefox',
        spec: 'test/firefox/storage-event.claims.ts',
        title:
          'Firefox accepts about 5,242,880 characters too, and the meter shows what was measured',
      },
    ],
  },
  {
    text: 'se.claim.order',
    proof: [
      {
        kind: 'source',
        url: `${HTML_STORAGE}#send-a-storage-notification`,
        label: 'HTML Standard, send a storage notification',
      },
    ],
  },
];
