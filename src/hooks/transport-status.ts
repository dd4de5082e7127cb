// The latest connection status of every transport the pipeline carries, folded from the
// transport's own status events (lib/connection-status.ts). The pipeline subscribes before the
// transport connects, so the first `connecting` is never missed. Held weakly: a transport nobody
// holds any more is forgotten with its status.
import { IDLE_STATUS, reduceStatus, type ConnectionStatus } from '../lib/connection-status';
import { createEmitter } from '../lib/emitter';
import type { Transport, TransportEvent } from '../lib/transport-types';

type Cell = { value: ConnectionStatus; readonly changed: ReturnType<typeof createEmitter<void>> };

const cells = new WeakMap<Transport, Cell>();

function cellOf(transport: Transport): Cell {
  let cell = cells.get(transport);
  if (!cell) {
    cell = { value: IDLE_STATUS, changed: createEmitter<void>() };
    cells.set(transport, cell);
  }
  return cell;
}

/** One more of the transport's events (the pipeline calls this for each, before anyone else). */
export function noteStatus(transport: Transport, event: TransportEvent): void {
  if (event.type !== 'status') return;
  const cell = cellOf(transport);
  const next = reduceStatus(cell.value, event);
  if (next === cell.value) return;
  cell.value = next;
  cell.changed.emit();
}

/** The latest status; the same object until a status event changes it. */
export const statusOf = (transport: Transport): ConnectionStatus =>
  cells.get(transport)?.value ?? IDLE_STATUS;

/** Hears each change of the transport's status (not the events that change nothing). */
export const onStatusChange = (transport: Transport, listener: () => void): (() => void) =>
  cellOf(transport).changed.subscribe(listener);
