// What this browser itself reports, beside the compat data: each BCD key checked against the
// live globals (an interface, its member, its `on<event>` handler), read only when called.

/** Interfaces that exist only inside workers: a page cannot see them, which says nothing. */
const WORKER_ONLY = new Set([
  'Clients',
  'Client',
  'WindowClient',
  'ExtendableMessageEvent',
  'WorkerGlobalScope',
  'DedicatedWorkerGlobalScope',
  'SharedWorkerGlobalScope',
  'ServiceWorkerGlobalScope',
]);

export type LiveResult = 'yes' | 'no' | 'workers-only' | 'not-checkable';

type Scope = Record<string, unknown>;

function has(target: unknown, member: string): boolean {
  return (typeof target === 'object' || typeof target === 'function') && target !== null
    ? member in target
    : false;
}

/** `api.X`, `api.X.member`, `api.X.name_event`, `api.X.X` (the constructor), `javascript.builtins.X.member`. */
export function liveCheck(key: string, scope: Scope = globalThis as unknown as Scope): LiveResult {
  const parts = key.split('.');
  const [area, iface, member] =
    parts[0] === 'javascript' && parts[1] === 'builtins' ? ['js', parts[2], parts[3]] : parts;
  if ((area !== 'api' && area !== 'js') || !iface || parts.length > (area === 'js' ? 4 : 3))
    return 'not-checkable';
  if (!(iface in scope)) return WORKER_ONLY.has(iface) ? 'workers-only' : 'no';
  if (!member || member === iface) return 'yes';
  const owner = scope[iface];
  const prototype = has(owner, 'prototype')
    ? (owner as { prototype: unknown }).prototype
    : undefined;
  const name = member.endsWith('_event') ? `on${member.slice(0, -'_event'.length)}` : member;
  // Window's members live on the global object itself (WebIDL [Global]), not on its prototype.
  const found = has(prototype, name) || has(owner, name) || (iface === 'Window' && name in scope);
  return found ? 'yes' : 'no';
}

/** This browser's name and major version from its user agent string, for the table's caption. */
export function thisBrowser(ua: string): { name: string; version: string } | undefined {
  const rules: [string, RegExp][] = [
    ['Edge', /Edg\/(\d+)/],
    ['Firefox', /Firefox\/(\d+)/],
    ['Chrome', /Chrom(?:e|ium)\/(\d+)/],
    ['Safari', /Version\/([\d.]+).*Safari\//],
  ];
  for (const [name, pattern] of rules) {
    const version = pattern.exec(ua)?.[1];
    if (version) return { name, version };
  }
  return undefined;
}
