// Who may reach this server, and from where (ARCHITECTURE §6): the Host names it answers to, the
// browser origins it admits (its own two ports under every loopback name, the LAN address in
// classroom mode, any given explicitly), and the CSP that lets only those origins frame its HTML.
// Origins depend on the ports, so they are filled in once the ports are bound (`admit`).
import { DEFAULT_CSP } from './static-files';
import { createHostCheck, cspSources, frameAncestors, LOOPBACK_NAMES } from './doors';
import type { LanAddress } from './lan';
import { appOrigins, isAllowedOrigin } from './origins';

type Options = { allowedHosts?: readonly string[]; allowedOrigins?: readonly string[] };

export function createAccess(options: Options, host: string, lan: LanAddress | null) {
  let origins: ReadonlySet<string> = new Set();
  const lanFrames: string[] = [];
  const hosts = createHostCheck(() => [
    ...LOOPBACK_NAMES,
    ...(lan?.address ? [lan.address] : []),
    ...(host !== '0.0.0.0' && host !== '::' ? [host.toLowerCase()] : []),
    ...(options.allowedHosts ?? []).map((name) => name.toLowerCase()),
  ]);
  return {
    hosts,
    origins: () => origins,
    isAllowed: (origin: string | undefined) => isAllowedOrigin(origin, origins),
    // The LAN origins join frame-src too, so a student's page can embed the foreign-origin frames.
    csp: () =>
      `${DEFAULT_CSP.replace("frame-src 'self'", `frame-src 'self' ${cspSources(lanFrames).join(' ')}`)}; ${frameAncestors(origins)}`,
    /** The ports are bound: admit the app's origins on both, and in classroom mode exactly the
     * LAN origins it prints. */
    admit(ports: readonly number[]): ReadonlySet<string> {
      const lanOrigins = lan?.address ? ports.map((port) => `http://${lan.address}:${port}`) : [];
      lanFrames.push(...lanOrigins);
      origins = appOrigins(ports, [...(options.allowedOrigins ?? []), ...lanOrigins]);
      return origins;
    },
  };
}
