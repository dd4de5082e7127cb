// A second network host made inside the test: a network namespace joined to this one by a veth
// pair on a /30 of 10.231.x.0 that nothing else uses. Unique names, always removed. Needs root (or
// CAP_NET_ADMIN) and iproute2; `create` says why not when that is missing.
import { execFile } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type Netns = {
  name: string;
  hostAddress: string;
  peerAddress: string;
  remove: () => Promise<void>;
};

export async function createNetns(): Promise<Netns | { problem: string }> {
  const tag = `${process.pid % 10000}${randomInt(100, 999)}`;
  const name = `commslab-${tag}`;
  const [hostIf, peerIf] = [`clh${tag}`, `clp${tag}`];
  const used = await run('ip', ['-4', '-o', 'addr', 'show']).then(
    (r) => r.stdout,
    () => '',
  );
  let third = randomInt(0, 256);
  for (let i = 0; i < 256 && used.includes(`10.231.${third}.`); i++) third = (third + 1) % 256;
  const hostAddress = `10.231.${third}.1`;
  const peerAddress = `10.231.${third}.2`;
  const remove = async () => {
    await run('ip', ['link', 'del', hostIf]).catch(() => undefined);
    await run('ip', ['netns', 'del', name]).catch(() => undefined);
  };
  const steps: string[][] = [
    ['netns', 'add', name],
    ['link', 'add', hostIf, 'type', 'veth', 'peer', 'name', peerIf],
    ['link', 'set', peerIf, 'netns', name],
    ['addr', 'add', `${hostAddress}/30`, 'dev', hostIf],
    ['link', 'set', hostIf, 'up'],
    ['netns', 'exec', name, 'ip', 'addr', 'add', `${peerAddress}/30`, 'dev', peerIf],
    ['netns', 'exec', name, 'ip', 'link', 'set', peerIf, 'up'],
    ['netns', 'exec', name, 'ip', 'link', 'set', 'lo', 'up'],
  ];
  try {
    for (const step of steps) await run('ip', step);
  } catch (error) {
    await remove();
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { problem: `network namespaces are not available here (${message})` };
  }
  return { name, hostAddress, peerAddress, remove };
}

/** Runs the LAN client inside the namespace against `url`. */
export async function clientInNetns(ns: Netns, url: string) {
  const { stdout } = await run(
    'ip',
    ['netns', 'exec', ns.name, process.execPath, 'test/integration/support/lan-client.mjs', url],
    { timeout: 20_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}
