// The ServiceWorker relay's protocol and its pure decisions, shared by the worker and the page.
// Nothing here touches a browser API, so it is unit-tested directly.
import { parseEnvelope, type Envelope } from './envelope';

export const RELAY_MODES = ['all', 'others', 'one'] as const;
export type RelayMode = (typeof RELAY_MODES)[number];

/** What a page asks the worker. */
export type RelayRequest =
  | { type: 'relay'; mode: RelayMode; target?: string; envelope: Envelope }
  | { type: 'who' }
  | { type: 'skip-waiting' }
  | { type: 'claim' };

export type ClientInfo = { id: string; url: string; visibilityState: string; focused: boolean };

/** What the worker sends to pages. */
export type RelayReply =
  | { type: 'relayed'; envelope: Envelope; fromClient: string; mode: RelayMode; version: string }
  | {
      type: 'relay-result';
      id: string;
      delivered: number;
      missing?: string;
      version: string;
      relayed: number;
    }
  | {
      type: 'clients';
      clients: ClientInfo[];
      version: string;
      relayed: number;
      startedAt: number;
      you: string;
    }
  | { type: 'claimed'; version: string }
  | { type: 'error'; reason: string; version: string };

export type ParsedRequest = { ok: true; request: RelayRequest } | { ok: false; reason: string };

export function parseRelayRequest(data: unknown): ParsedRequest {
  if (typeof data !== 'object' || data === null)
    return { ok: false, reason: 'a request must be an object with a type' };
  const { type, mode, target, envelope } = data as Record<string, unknown>;
  if (type === 'who' || type === 'skip-waiting' || type === 'claim')
    return { ok: true, request: { type } };
  if (type !== 'relay')
    return {
      ok: false,
      // String(x) throws for null-prototype objects: describe the type without converting it.
      reason: `unknown request type ${typeof type === 'string' ? JSON.stringify(type.slice(0, 40)) : typeof type}`,
    };
  if (!RELAY_MODES.includes(mode as RelayMode))
    return { ok: false, reason: 'mode must be all, others or one' };
  if (mode === 'one' && (typeof target !== 'string' || target.length === 0 || target.length > 128))
    return { ok: false, reason: 'mode "one" needs a target client id' };
  const parsed = parseEnvelope(envelope);
  if (!parsed.ok) return { ok: false, reason: `not an envelope: ${parsed.reason}` };
  return {
    ok: true,
    request: {
      type: 'relay',
      mode: mode as RelayMode,
      target: mode === 'one' ? (target as string) : undefined,
      envelope: parsed.envelope,
    },
  };
}

/**
 * Which clients get a relayed message. `others` skips the sender; `all` includes it (the sender
 * hears itself, unlike BroadcastChannel); `one` names a client, which may have gone meanwhile.
 */
export function selectTargets(
  clientIds: readonly string[],
  sender: string,
  mode: RelayMode,
  target?: string,
): { targets: string[]; missing?: string } {
  switch (mode) {
    case 'all':
      return { targets: [...clientIds] };
    case 'others':
      return { targets: clientIds.filter((id) => id !== sender) };
    case 'one':
      return target && clientIds.includes(target)
        ? { targets: [target] }
        : { targets: [], missing: target ?? '' };
    default: {
      const never: never = mode;
      return never;
    }
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isClient = (value: unknown): value is ClientInfo => {
  if (typeof value !== 'object' || value === null) return false;
  const { id, url, visibilityState, focused } = value as Record<string, unknown>;
  return isString(id) && isString(url) && isString(visibilityState) && typeof focused === 'boolean';
};

/**
 * What a page accepts from its worker. The worker is this app's own code, but a page outlives the
 * worker that loaded it (a new version may answer), so each reply is checked, not trusted.
 * Anything else is `null`: the transport ignores it. `isClone`: see parseEnvelope.
 */
export function parseRelayReply(data: unknown, isClone = false): RelayReply | null {
  if (typeof data !== 'object' || data === null) return null;
  const reply = data as Record<string, unknown>;
  const { type, version } = reply;
  if (!isString(version)) return null;
  switch (type) {
    case 'relayed': {
      const parsed = parseEnvelope(reply.envelope, isClone);
      const mode = RELAY_MODES.find((m) => m === reply.mode);
      if (!parsed.ok || !mode || !isString(reply.fromClient)) return null;
      return { type, envelope: parsed.envelope, fromClient: reply.fromClient, mode, version };
    }
    case 'relay-result': {
      const { id, delivered, missing, relayed } = reply;
      if (!isString(id) || !isCount(delivered) || !isCount(relayed)) return null;
      if (missing !== undefined && !isString(missing)) return null;
      return { type, id, delivered, missing, version, relayed };
    }
    case 'clients': {
      const { clients, relayed, startedAt, you } = reply;
      if (!Array.isArray(clients) || !clients.every(isClient)) return null;
      if (!isCount(relayed) || typeof startedAt !== 'number' || !isString(you)) return null;
      return { type, clients, version, relayed, startedAt, you };
    }
    case 'claimed':
      return { type, version };
    case 'error':
      return isString(reply.reason) ? { type, reason: reply.reason, version } : null;
    default:
      return null;
  }
}
