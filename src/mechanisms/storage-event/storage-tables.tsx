import '../../components/stacked-head.css';
import './storage-tables.css';
import { useT } from '../../i18n/use-t';
import { formatClock } from '../../lib/clock';
import { preview } from '../../lib/describe-value';
import type { StorageEventDetail } from './transport';

export type SeenStorageEvent = StorageEventDetail & { at: number; n: number };

const show = (value: string | null) =>
  value === null ? 'null' : preview(JSON.stringify(value), 80);

/** The event's property names are identifiers; "Time" is a word and is translated. */
const PROPERTIES = ['key', 'oldValue', 'newValue', 'url', 'storageArea'] as const;

function cells(e: SeenStorageEvent): Record<(typeof PROPERTIES)[number], string> {
  return {
    key: e.key === null ? 'null' : e.key,
    oldValue: show(e.oldValue),
    newValue: show(e.newValue),
    url: e.url,
    storageArea: e.area,
  };
}

/**
 * The storage events this tab heard. Where the box is wide it is a table; in a narrow one (two,
 * three or four windows side by side) each event is a small card, a name above or beside each
 * value (storage-tables.css), because six columns in 600 px broke the time one character per line.
 * The roles are written out: a table whose rows are not `display: table-row` loses its table
 * semantics in some browsers (https://adrianroselli.com/2018/02/tables-css-display-properties-and-aria.html).
 */
export function StorageEventsTable({ events }: { events: readonly SeenStorageEvent[] }) {
  const t = useT();
  const time = t('se.col.time');
  return (
    // Its own name: the section around it is already named by the same title, and two regions of
    // one name are ambiguous in a screen reader's landmark list (axe landmark-unique).
    <div
      className="table-wrap storage-events"
      data-stacks
      tabIndex={0}
      role="region"
      aria-label={t('se.eventsTable')}
    >
      <table className="data-table" role="table">
        <caption className="visually-hidden">{t('se.eventsTable')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {time}
            </th>
            {PROPERTIES.map((name) => (
              <th
                key={name}
                scope="col"
                role="columnheader"
                translate="no"
                className="identifier-cell"
              >
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {events.length === 0 ? (
            <tr role="row">
              <td role="cell" colSpan={6}>
                {t('se.noEvents')}
              </td>
            </tr>
          ) : (
            events.map((e) => (
              <tr key={e.n} role="row" translate="no" data-key={e.key ?? ''}>
                <td role="cell" className="data-table__value" data-label={time}>
                  {formatClock(e.at)}
                </td>
                {PROPERTIES.map((name) => (
                  <td
                    key={name}
                    role="cell"
                    className={name === 'key' ? 'identifier-cell' : undefined}
                    data-label={name}
                  >
                    {cells(e)[name]}
                  </td>
                ))}
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
    <div
      className="table-wrap storage-items"
      data-stacks
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="data-table" role="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t('se.key')}
            </th>
            <th scope="col" role="columnheader">
              {t('se.value')}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {shown.map(([key, value]) => (
            <tr key={key} role="row" translate="no">
              <td role="cell" className="identifier-cell">
                {key}
              </td>
              <td role="cell">{preview(value, 100)}</td>
            </tr>
          ))}
          {filler > 0 ? (
            <tr role="row">
              <td role="cell" colSpan={2}>
                {t('se.fillerRows', { count: filler })}
              </td>
            </tr>
          ) : null}
          {items.length === 0 ? (
            <tr role="row">
              <td role="cell" colSpan={2}>
                {t('se.empty')}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
