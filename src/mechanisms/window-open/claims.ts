import './i18n';
import type { Claim } from '../../lib/claim-types';

// The app's words after the cited names (a constant's value), in both languages.
const FIVE_SECONDS = { en: '5 s', 'zh-CN': '5 秒' };

const SPEC = 'test/e2e/window-open.spec.ts';
const CLAIMS_SPEC = 'test/e2e/window-open.claims.spec.ts';

/** What the popups page teaches, each with the test or source that backs it. */
export const claims: readonly Claim[] = [
  {
    text: 'pop.teach.handshake',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'a message sent before the popup is ready is queued and delivered; then both ways',
      },
      {
        kind: 'test',
        spec: SPEC,
        title: 'without the handshake, a message posted at once is lost, and the page says so',
      },
    ],
  },
  {
    text: 'pop.teach.blocked',
    proof: [
      {
        kind: 'test',
        spec: CLAIMS_SPEC,
        title:
          'a key press opens a popup; element.click() from a timer without activation does not',
      },
      {
        kind: 'test',
        spec: CLAIMS_SPEC,
        title:
          'activation expires: a scripted open 1 s after a click works, 6 s after it is blocked',
      },
      {
        kind: 'source',
        url: 'https://html.spec.whatwg.org/multipage/interaction.html#transient-activation',
        label: 'HTML Standard, transient activation',
      },
      {
        kind: 'source',
        url: 'https://source.chromium.org/chromium/chromium/src/+/main:third_party/blink/common/frame/user_activation_state.cc',
        label: 'Chromium, kActivationLifespan',
        note: FIVE_SECONDS,
      },
      {
        kind: 'source',
        url: 'https://searchfox.org/mozilla-central/search?q=dom.user_activation.transient.timeout',
        label: 'Firefox, dom.user_activation.transient.timeout',
        note: FIVE_SECONDS,
      },
      {
        kind: 'test',
        browser: 'firefox',
        spec: 'test/firefox/window-open.claims.ts',
        title:
          'Firefox: a key press opens a popup; element.click() from a timer without activation does not',
      },
      {
        kind: 'test',
        browser: 'firefox',
        spec: 'test/firefox/window-open.claims.ts',
        title:
          'Firefox: activation expires: a scripted open 1 s after activation works, 6.5 s after it is blocked',
      },
    ],
  },
  {
    text: 'pop.teach.closed',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'a closed popup is detected, with its undelivered queue reported',
      },
    ],
  },
  {
    text: 'pop.teach.noopener',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'noopener cuts the link: no handle here, window.opener is null there',
      },
    ],
  },
  {
    text: 'pop.teach.name',
    proof: [
      { kind: 'test', spec: SPEC, title: 'opening the same window name again reuses the window' },
    ],
  },
];
