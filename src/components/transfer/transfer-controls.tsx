import { useId, type ReactNode } from 'react';
import { formatBytes } from '../../lib/describe-value';

export type TransferMode = 'copy' | 'transfer';

type Props = {
  /** The buffer sizes offered, in bytes. */
  sizes: readonly number[];
  bytes: number;
  onBytes: (bytes: number) => void;
  onSend: (mode: TransferMode) => void;
  /** The page's own words: the picker's label and the two buttons. */
  labels: { size: string; copy: string; transfer: string };
  /** More choices beside the size (whom to send to, …). */
  children?: ReactNode;
};

/**
 * Copy or transfer an ArrayBuffer of a chosen size: the one control both postMessage pages (a frame,
 * a worker) share. Structured clone copies the buffer; listing it in `transfer` moves it and
 * detaches the sender's (https://developer.mozilla.org/docs/Web/API/Web_Workers_API/Transferable_objects).
 */
export function TransferControls({ sizes, bytes, onBytes, onSend, labels, children }: Props) {
  const id = useId();
  return (
    <>
      <div className="inline-form">
        <label htmlFor={`${id}-size`}>{labels.size}</label>
        <select id={`${id}-size`} value={bytes} onChange={(e) => onBytes(Number(e.target.value))}>
          {sizes.map((size) => (
            <option key={size} value={size}>
              {formatBytes(size)}
            </option>
          ))}
        </select>
        {children}
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => onSend('copy')}>
          {labels.copy}
        </button>
        <button type="button" className="button" onClick={() => onSend('transfer')}>
          {labels.transfer}
        </button>
      </div>
    </>
  );
}
