import './i18n';
import './claims-i18n';
import type { Claim } from '../../lib/claim-types';

// The app's words after the cited names (a constant's value), in both languages.
const THIRTY_SECONDS = { en: '30 s', 'zh-CN': '30 秒' };

const SPEC = 'test/e2e/service-worker.spec.ts';
const CLAIMS_SPEC = 'test/e2e/service-worker.claims.spec.ts';
const IDLE_SPEC = 'test/e2e/service-worker.idle.spec.ts';
const SW_SPEC = 'https://w3c.github.io/ServiceWorker/';

/** What the ServiceWorker page teaches, each with the test or source that backs it. */
export const claims: readonly Claim[] = [
  {
    text: 'sw.teach.control',
    proof: [
      {
        kind: 'test',
        spec: CLAIMS_SPEC,
        title: 'a page loaded while the worker is active is controlled without claim()',
      },
      {
        kind: 'test',
        spec: SPEC,
        title:
          'the first load is uncontrolled; a message sent then waits and is delivered after claim',
      },
      {
        kind: 'test',
        browser: 'firefox',
        spec: 'test/firefox/service-worker.claims.ts',
        title: 'Firefox: a page loaded while the worker is active is controlled without claim()',
      },
    ],
  },
  {
    text: 'sw.claim.reload',
    proof: [
      {
        kind: 'source',
        url: `${SW_SPEC}#dom-clients-claim`,
        label: 'Service Workers, clients.claim()',
      },
    ],
  },
  {
    text: 'sw.teach.waiting',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'an update installs beside the old worker, waits, and takes over on skip waiting',
      },
    ],
  },
  {
    text: 'sw.teach.echo',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'relay to others, to all (the sender too) and to one chosen tab, with three tabs',
      },
    ],
  },
  {
    text: 'sw.teach.memory',
    proof: [
      {
        kind: 'test',
        spec: IDLE_SPEC,
        title:
          'a quiet page lets the worker stop on its own; the next message starts a fresh one @slow',
      },
      {
        kind: 'test',
        spec: SPEC,
        title: 'when the browser stops the worker, its memory is gone but relaying goes on',
      },
      {
        kind: 'source',
        url: 'https://source.chromium.org/chromium/chromium/src/+/main:third_party/blink/public/mojom/service_worker/service_worker.mojom',
        label: 'Chromium, kServiceWorkerDefaultIdleDelayInSeconds',
        note: THIRTY_SECONDS,
      },
      {
        kind: 'source',
        url: 'https://searchfox.org/mozilla-central/search?q=dom.serviceWorkers.idle_timeout',
        label: 'Firefox, dom.serviceWorkers.idle_timeout',
        note: THIRTY_SECONDS,
      },
      {
        kind: 'test',
        browser: 'firefox',
        spec: 'test/firefox/service-worker.claims.ts',
        title:
          'Firefox: a quiet page lets the worker stop on its own; the next message starts a fresh one',
      },
    ],
  },
  {
    text: 'sw.claim.restart',
    proof: [
      {
        kind: 'test',
        spec: IDLE_SPEC,
        title:
          'a quiet page lets the worker stop on its own; the next message starts a fresh one @slow',
      },
      {
        kind: 'test',
        spec: SPEC,
        title: 'when the browser stops the worker, its memory is gone but relaying goes on',
      },
      {
        kind: 'source',
        url: `${SW_SPEC}#run-service-worker-algorithm`,
        label: 'Service Workers, run service worker',
      },
      {
        kind: 'test',
        browser: 'firefox',
        spec: 'test/firefox/service-worker.claims.ts',
        title:
          'Firefox: a quiet page lets the worker stop on its own; the next message starts a fresh one',
      },
    ],
  },
  {
    text: 'sw.teach.secure',
    proof: [
      {
        kind: 'test',
        spec: CLAIMS_SPEC,
        title: '127.0.0.1 is a secure context: the worker registers and relays there',
      },
      {
        kind: 'test',
        spec: 'test/e2e/service-worker.insecure.spec.ts',
        title:
          'on a non-secure origin a dedicated Worker runs while navigator.serviceWorker is absent',
      },
      {
        kind: 'source',
        url: 'https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy',
        label: 'Secure Contexts, potentially trustworthy origin',
      },
      {
        kind: 'test',
        browser: 'firefox',
        spec: 'test/firefox/service-worker.claims.ts',
        title: 'Firefox: 127.0.0.1 is a secure context: the worker registers and relays there',
      },
      {
        kind: 'test',
        browser: 'firefox',
        spec: 'test/firefox/service-worker.claims.ts',
        title:
          'Firefox: on a non-secure origin a dedicated Worker runs while navigator.serviceWorker is absent',
      },
    ],
  },
  {
    text: 'sw.claim.module',
    proof: [
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/ServiceWorkerContainer/register#browser_compatibility',
        label: 'MDN, register() browser compatibility',
      },
    ],
  },
];
