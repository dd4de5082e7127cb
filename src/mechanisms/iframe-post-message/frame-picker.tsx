import { useT } from '../../i18n/use-t';
import type { FrameKey } from './frame-set';
import type { FrameHost } from './use-frame-host';

/** "To": which frame a panel talks to (the ones that can answer: same- and cross-origin). */
export function FramePicker({
  id,
  host,
  value,
  onChange,
  keys = ['same', 'cross'],
}: {
  id: string;
  host: FrameHost;
  value: FrameKey;
  onChange: (key: FrameKey) => void;
  keys?: readonly FrameKey[];
}) {
  const t = useT();
  return (
    <>
      <label htmlFor={id}>{t('ifr.to')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as FrameKey)}>
        {keys.map((key) => (
          <option key={key} value={key}>
            {host.frameName(key)}
          </option>
        ))}
      </select>
    </>
  );
}
