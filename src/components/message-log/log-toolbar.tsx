import './log-toolbar.css';
import { memo, useId, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { ContainedText } from './contained-text';
import { useAppStore } from '../../store';
import { LOG_DIRECTIONS, type LogDirection } from '../../store/log-types';
import { DIRECTION_LABEL, DIRECTION_SYMBOL } from './direction';
import { useVisibleEntries } from './use-visible-entries';

type Props = {
  id: string;
  titles: Record<string, string>;
  /** Pause, clear, export and import (log-actions.tsx), when they are not in the dock's bar. */
  actions: ReactNode;
};

/**
 * "N of M entries · K oldest dropped": the one part of the toolbar that changes with every flush,
 * so the only part that redraws then, in a box laid out on its own (contained-text.tsx). Its digits
 * are all one width (log-toolbar.css), so the box keeps its size while the numbers grow.
 */
function LogCount() {
  const t = useT();
  const { count: shown, total } = useVisibleEntries();
  const paused = useAppStore((s) => s.log.paused);
  const held = useAppStore((s) => s.log.held);
  const dropped = useAppStore((s) => s.log.buffer.dropped);
  return (
    <span className="log-toolbar__count" role="status">
      <ContainedText>
        {t('log.count', { shown, total })}
        {paused ? ` · ${t('log.held', { count: held })}` : ''}
        {dropped > 0 ? ` · ${t('log.dropped', { count: dropped })}` : ''}
      </ContainedText>
    </span>
  );
}

/** Redraws when a filter or a prop changes, not on every flush (see LogCount). */
export const LogToolbar = memo(function LogToolbar({ id: toolbarId, titles, actions }: Props) {
  const t = useT();
  const id = useId();
  const filter = useAppStore((s) => s.log.filter);
  const { setLogFilter } = useAppStore.getState();

  const toggle = (direction: LogDirection) =>
    setLogFilter({
      directions: filter.directions.includes(direction)
        ? filter.directions.filter((d) => d !== direction)
        : LOG_DIRECTIONS.filter((d) => d === direction || filter.directions.includes(d)),
    });

  return (
    <div id={toolbarId} className="log-toolbar" role="toolbar" aria-label={t('log.tools')}>
      <div className="field field--inline">
        <label htmlFor={`${id}-mech`}>{t('log.filterMechanism')}</label>
        <select
          id={`${id}-mech`}
          value={filter.mechanism}
          onChange={(e) => setLogFilter({ mechanism: e.target.value })}
        >
          <option value="all">{t('log.allMechanisms')}</option>
          {Object.entries(titles).map(([mechanismId, title]) => (
            <option key={mechanismId} value={mechanismId}>
              {title}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="log-toolbar__directions">
        <legend className="visually-hidden">{t('log.filterDirection')}</legend>
        {LOG_DIRECTIONS.map((direction) => (
          <label key={direction} className={`dir-toggle dir-toggle--${direction}`}>
            <input
              type="checkbox"
              checked={filter.directions.includes(direction)}
              onChange={() => toggle(direction)}
            />
            <span aria-hidden="true">{DIRECTION_SYMBOL[direction]}</span>{' '}
            {t(DIRECTION_LABEL[direction])}
          </label>
        ))}
      </fieldset>
      <div className="field field--inline">
        <label htmlFor={`${id}-text`}>{t('log.filterText')}</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filter.text}
          onChange={(e) => setLogFilter({ text: e.target.value })}
        />
      </div>
      {actions}
      <LogCount />
    </div>
  );
});
