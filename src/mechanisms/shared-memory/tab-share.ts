// Can a SharedArrayBuffer leave its agent cluster? The standard lets it reach only realms of the
// same agent cluster; another tab (a separate browsing context group under COOP same-origin)
// must fail to deserialize it, with `messageerror`. Measured in Chromium: BroadcastChannel does
// not carry it at all; every receiver, even a second channel object in this tab, gets `null` in
// its place. Each receiver reports what it got, so the page shows this browser's behaviour.
// https://html.spec.whatwg.org/multipage/structured-data.html#structureddeserialize (SAB step)
// https://html.spec.whatwg.org/multipage/webappapis.html#integration-with-the-javascript-agent-cluster-formalism
import { now } from '../../lib/clock';
import { createEmitter } from '../../lib/emitter';
import { errorInfo } from '../../lib/error-info';
import type { TransportEvent } from '../../lib/transport-types';
import type { PeerRef } from '../../shared/envelope';
import { CELL, cellsOf } from './ring';

export const SHARE_CHANNEL = 'comms-lab:shared-buffer';

export type TabReport = {
  by: string;
  /** received: a SharedArrayBuffer; lost: the message came without it; or an error. */
  outcome: 'received' | 'lost' | 'messageerror' | 'threw';
  detail: string;
};

export interface TabShare {
  share(): void;
  reports(): readonly TabReport[];
  onChange(listener: () => void): () => void;
  close(): void;
}

/** The channel calls this file needs: transport.ts opens the real BroadcastChannel. */
export type Channel = Pick<BroadcastChannel, 'postMessage' | 'close'> & {
  onmessage: ((event: MessageEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
};

type Wire =
  | { kind: 'coming'; from: string; name: string }
  | { kind: 'buffer'; from: string; buffer: unknown }
  | { kind: 'report'; to: string; report: TabReport };
const wire = (data: unknown): Wire | null =>
  typeof data === 'object' && data !== null && 'kind' in data ? (data as Wire) : null;

/** What a receiver got where the buffer should be. */
function arrival(data: unknown, by: string): TabReport {
  const buffer = wire(data)?.kind === 'buffer' ? (data as { buffer: unknown }).buffer : data;
  if (buffer instanceof SharedArrayBuffer)
    return { by, outcome: 'received', detail: `byteLength ${buffer.byteLength}` };
  const what =
    buffer === null ? 'null' : Object.prototype.toString.call(buffer).slice(8, -1).toLowerCase();
  return { by, outcome: 'lost', detail: `got ${what}` };
}

export function createTabShare(
  buffer: SharedArrayBuffer,
  self: PeerRef,
  emit: (event: TransportEvent) => void,
  openChannel: (name: string) => Channel,
): TabShare {
  const changes = createEmitter<void>();
  let reports: TabReport[] = [];
  const add = (report: TabReport) => {
    reports = [...reports, report].slice(-12);
    changes.emit();
  };
  const out = openChannel(SHARE_CHANNEL);
  // A second object in this tab: a sender's own object never hears itself, this one does.
  const second = openChannel(SHARE_CHANNEL);
  /** Who announced the buffer that is coming, so a messageerror can be put down to them. */
  let coming: { from: string; name: string } | null = null;

  out.onmessage = (event) => {
    const data = wire(event.data);
    if (data?.kind === 'coming') coming = { from: data.from, name: data.name };
    else if (data?.kind === 'report' && data.to === self.id) add(data.report);
    else if (coming && (data === null || data?.kind === 'buffer')) {
      // The message after the announcement: whatever came in place of the buffer.
      const report = arrival(event.data, self.name);
      out.postMessage({ kind: 'report', to: coming.from, report } satisfies Wire);
      coming = null;
    }
  };
  out.onmessageerror = () => {
    const detail = 'messageerror: the SharedArrayBuffer could not be deserialized in this tab';
    emit({ type: 'error', at: now(), error: { name: 'messageerror', message: detail } });
    if (coming)
      out.postMessage({
        kind: 'report',
        to: coming.from,
        report: { by: self.name, outcome: 'messageerror', detail },
      } satisfies Wire);
  };
  let mine = false;
  second.onmessage = (event) => {
    const data = wire(event.data);
    if (data?.kind === 'coming') mine = data.from === self.id;
    if (!mine || !(event.data === null || data?.kind === 'buffer')) return;
    mine = false;
    const report = arrival(event.data, `${self.name} · 2nd BroadcastChannel`);
    const got = data?.kind === 'buffer' ? data.buffer : null;
    if (!(got instanceof SharedArrayBuffer)) return add(report);
    // Same memory? Add 1 through what arrived and read it through the original.
    const before = Atomics.load(cellsOf(buffer), CELL.probe);
    Atomics.add(new Int32Array(got, 0, 16), CELL.probe, 1);
    const same = Atomics.load(cellsOf(buffer), CELL.probe) === before + 1;
    add({ ...report, detail: `${report.detail}, same memory: ${same}` });
  };
  second.onmessageerror = () => {
    if (!mine) return; // another tab's buffer: `out` reports that one
    mine = false;
    add({ by: `${self.name} · 2nd BroadcastChannel`, outcome: 'messageerror', detail: '' });
  };

  return {
    share() {
      reports = [];
      changes.emit();
      out.postMessage({ kind: 'coming', from: self.id, name: self.name } satisfies Wire);
      try {
        out.postMessage({ kind: 'buffer', from: self.id, buffer } satisfies Wire);
      } catch (error) {
        const info = errorInfo(error);
        add({ by: self.name, outcome: 'threw', detail: `${info.name}: ${info.message}` });
        emit({ type: 'error', at: now(), error: info });
      }
    },
    reports: () => reports,
    onChange: changes.subscribe,
    close() {
      out.close();
      second.close();
    },
  };
}
