import { useT } from '../../i18n/use-t';
import { formatClock } from '../../lib/clock';
import { preview } from '../../lib/describe-value';
import type { StorageEventDetail } from './transport';

export type SeenStorageEvent = StorageEventDetail & { at: number; n: number };

const show = (value: string | null) =>
  value === null ? 'null' : preview(JSON.stringify(value), 80);

export function StorageEventsTable({ events }: { events: readonly SeenStorageEvent[] }) {
  const t = useT();
  return (
    // Its own name: the section around it is already named by the same title, and two regions of
    // one name are ambiguous in a screen reader's landmark list (axe landmark-unique).
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('se.eventsTable')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('se.eventsTable')}</caption>
        <thead>
          {/* The event's property names are identifiers; "Time" is a word and is translated. */}
          <tr>
            <th scope="col">{t('se.col.time')}</th>
            {['key', 'oldValue', 'newValue', 'url', 'storageArea'].map((name) => (
              <th key={name} scope="col" translate="no" className="identifier-cell">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.length === 0 ? (
            <tr>
              <td colSpan={6}>{t('se.noEvents')}</td>
            </tr>
          ) : (
            events.map((e) => (
              <tr key={e.n} translate="no" data-key={e.key ?? ''}>
                <td>{formatClock(e.at)}</td>
                <td className="identifier-cell">{e.key === null ? 'null' : e.key}</td>
                <td>{show(e.oldValue)}</td>
                <td>{show(e.newValue)}</td>
                <td>{e.url}</td>
                <td>{e.area}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

export function StorageItemsTable({
  items,
  caption,
}: {
  items: ReadonlyArray<[string, string]>;
  caption: string;
}) {
  const t = useT();
  const shown = items.filter(([key]) => !key.startsWith('comms-lab:fill:')).slice(0, 50);
  const filler = items.length - items.filter(([key]) => !key.startsWith('comms-lab:fill:')).length;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('se.key')}</th>
            <th scope="col">{t('se.value')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(([key, value]) => (
            <tr key={key} translate="no">
              <td className="identifier-cell">{key}</td>
              <td>{preview(value, 100)}</td>
            </tr>
          ))}
          {filler > 0 ? (
            <tr>
              <td colSpan={2}>{t('se.fillerRows', { count: filler })}</td>
            </tr>
          ) : null}
          {items.length === 0 ? (
            <tr>
              <td colSpan={2}>{t('se.empty')}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
