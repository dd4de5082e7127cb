import './compare-page.css';
import { useId, useState } from 'react';
import {
  ALL_COLUMNS,
  ComparisonTable,
  columnLabel,
  DEFAULT_COLUMNS,
  MEASURED_COLUMNS,
  type Column,
  type Sort,
} from '../components/comparison-table';
import { SupportSummary } from '../components/compat/support-summary';
import { TEACHING_ANCHOR } from '../components/teaching-panel';
import { useT } from '../i18n/use-t';
import { mechanisms } from '../mechanisms/registry';
import { useAppStore } from '../store';
import { RacePanel } from './race/race-panel';
import { Link } from './router';

// `?messages=N` starts the Race with N round trips per size (a short race for tests and demos).
const initialMessages = () => {
  const n = Number(new URLSearchParams(window.location.search).get('messages'));
  return Number.isInteger(n) && n > 0 && n <= 5000 ? n : undefined;
};
// `?burstMs=N` holds each throughput burst for at least N ms (the bench's 2 s: a figure over a
// longer burst is less at the mercy of one stall on a shared machine); absent: the Race's 400 ms.
const initialBurst = () => {
  const n = Number(new URLSearchParams(window.location.search).get('burstMs'));
  return Number.isInteger(n) && n >= 100 && n <= 10_000 ? n : undefined;
};
// `?race=ID,ID` races only those mechanisms (the bench's `--mechanisms`); absent: every one.
const raceOnly = () =>
  new URLSearchParams(window.location.search).get('race')?.split(',').filter(Boolean);

export default function ComparePage() {
  const t = useT();
  const id = useId();
  const results = useAppStore((s) => s.race.results);
  const [shown, setShown] = useState<ReadonlySet<Column>>(() => new Set(DEFAULT_COLUMNS));
  const [sort, setSort] = useState<Sort | undefined>();
  const [messages] = useState(initialMessages);
  const [only] = useState(raceOnly);
  const [burstMs] = useState(initialBurst);
  const toggle = (column: Column) =>
    setShown((all) => {
      const next = new Set(all);
      if (next.has(column)) next.delete(column);
      else next.add(column);
      return next;
    });
  return (
    <article className="compare">
      <h1>{t('compare.title')}</h1>
      <p className="lead">{t('compare.lead')}</p>
      <details className="column-picker">
        <summary id={`${id}-columns`}>{t('race.columns')}</summary>
        <fieldset aria-labelledby={`${id}-columns`}>
          {ALL_COLUMNS.map((column) => (
            <label key={column} className="field--inline">
              <input type="checkbox" checked={shown.has(column)} onChange={() => toggle(column)} />
              {columnLabel(t, column)}
            </label>
          ))}
        </fieldset>
      </details>
      <ComparisonTable
        metas={mechanisms.map((m) => m.meta)}
        renderName={(meta) => <Link to={`/m/${meta.id}`}>{t(meta.titleKey)}</Link>}
        results={results}
        columns={ALL_COLUMNS.filter((column) => shown.has(column))}
        sort={sort}
        onSort={(column) =>
          setSort((current) => ({
            column,
            direction:
              current?.column === column && current.direction === 'ascending'
                ? 'descending'
                : 'ascending',
          }))
        }
        href={(meta, column) =>
          // Measured figures point at the race that measured them; the teaching texts at the
          // page's "What to notice"; the rest at the page.
          (MEASURED_COLUMNS as readonly string[]).includes(column)
            ? '/compare#race'
            : column === 'gotchaKey' || column === 'limitsKey' || column === 'typicalUseKey'
              ? `/m/${meta.id}#${TEACHING_ANCHOR}`
              : `/m/${meta.id}`
        }
        renderLink={(to, children) => <Link to={to}>{children}</Link>}
      />
      <SupportSummary
        rows={mechanisms.map((m) => ({
          id: m.meta.id,
          name: <Link to={`/m/${m.meta.id}#where-it-works`}>{t(m.meta.titleKey)}</Link>,
          keys: m.compat,
          usable: m.meta.canBeUsed(),
        }))}
      />
      <RacePanel initialMessages={messages} burstMs={burstMs} only={only} />
    </article>
  );
}
