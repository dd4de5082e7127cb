import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'puppeteer-core';

// The smoke drives Debian's Firefox ESR over WebDriver BiDi (puppeteer-core): no browser download.
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

export const FIREFOX_INSTALL_HINT =
  'No Firefox found: install it (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH to its executable.';

export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH=${fromEnv} does not exist. ${FIREFOX_INSTALL_HINT}`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(FIREFOX_INSTALL_HINT);
  return found;
}

/**
 * The non-secure origin the ServiceWorker claims use: Firefox resolves it to loopback
 * (network.dns.localDomains), but http://lan.comms-lab.test is not potentially trustworthy.
 * https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy
 */
export const LAN_HOST = 'lan.comms-lab.test';

export function firefoxLaunchOptions(): LaunchOptions {
  return {
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      // Puppeteer turns the popup blocker off; the popup claims need Firefox's real one.
      'dom.disable_open_during_load': true,
      'network.dns.localDomains': LAN_HOST,
      // Never any address outside loopback (no updates, telemetry or captive-portal probes).
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'app.update.enabled': false,
      // WebRTC host candidates as the machine's own addresses, not mDNS names: resolving those
      // would send multicast queries onto the network. (Chromium: WebRtcHideLocalIpsWithMdns.)
      'media.peerconnection.ice.obfuscate_host_addresses': false,
    },
  };
}
