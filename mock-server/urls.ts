// The addresses the server prints and reports: bound to a loopback or wildcard address, it is
// shown as localhost (the name the allowlists and the browser's secure-context rule both accept:
// https://developer.mozilla.org/docs/Web/Security/Secure_Contexts#potentially_trustworthy_origins).
import type { LanAddress } from './lan';
import type { RunningServer } from './options';

export function serverUrls(
  host: string,
  lan: LanAddress | null,
  ports: RunningServer['ports'],
): RunningServer['urls'] {
  const loopbackOnly = host === '127.0.0.1' || host === '0.0.0.0' || host === '::';
  const shownHost = loopbackOnly ? 'localhost' : host;
  return {
    app: `http://${shownHost}:${ports.app}/`,
    foreign: `http://${shownHost}:${ports.foreign}/`,
    health: `http://${shownHost}:${ports.app}/api/health`,
    lan: lan?.address ? `http://${lan.address}:${ports.app}/` : null,
  };
}
