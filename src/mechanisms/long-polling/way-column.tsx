import { usePlural } from '../../i18n/plural';
import { useT } from '../../i18n/use-t';
import type { WireCounts, WireWay } from '../../shared/feed-ways';
import type { WayView } from './way-tracker';

const ms = (value: number | null) => (value === null ? '—' : Math.round(value).toString());

/** One way's column: what the server counted for this tab, and what this tab saw arrive. */
export function WayColumn({ way, view, wire }: { way: WireWay; view: WayView; wire?: WireCounts }) {
  const t = useT();
  const plural = usePlural();
  const titleId = `way-${way}-title`;
  return (
    <section
      className="ways__way"
      aria-labelledby={titleId}
      data-testid={`way-${way}`}
      data-received={view.received}
      data-missed={view.missed}
      data-duplicates={view.duplicates}
      data-reconnects={view.reconnects}
      data-requests={wire?.requests ?? 0}
      data-page-requests={view.requests}
      data-down={wire?.down ?? 0}
      data-last-gap={view.lastGap ? `${view.lastGap.after} ${view.lastGap.next}` : ''}
      data-state={view.state}
    >
      <h3 id={titleId}>{t(`lp.way.${way}`)}</h3>
      <dl className="facts">
        {/* What arrived first (a projector's first screen shows these), what it cost after. */}
        <div>
          <dt>{t('lp.state')}</dt>
          <dd>{t(`lp.state.${view.state}`)}</dd>
        </div>
        <div>
          <dt>{t('lp.received')}</dt>
          <dd>{view.received}</dd>
        </div>
        {/* Its value under its label, the whole column wide: beside it, "12.3 / 25.1 毫秒（3 个）"
            took three lines of a 70 px column. */}
        <div className="ways__wide">
          <dt>{t('lp.latency')}</dt>
          <dd>
            {view.latency.n === 0
              ? '—'
              : t('lp.latencyValue', {
                  median: ms(view.latency.median),
                  p95: ms(view.latency.p95),
                  n: view.latency.n,
                })}
          </dd>
        </div>
        <div>
          <dt>{t('lp.missed')}</dt>
          {/* Nothing missed reads "0", as the counts beside it do ("0 in 0 gaps" said it twice). */}
          <dd>
            {view.missed === 0
              ? '0'
              : plural({ one: 'lp.missedOne', other: 'lp.missedOther' }, view.gaps, {
                  missed: view.missed,
                })}
          </dd>
        </div>
        <div>
          <dt>{t('lp.duplicates')}</dt>
          <dd>{view.duplicates}</dd>
        </div>
        <div>
          <dt>{t('lp.reconnects')}</dt>
          <dd>{view.reconnects}</dd>
        </div>
        <div>
          <dt>{t('lp.replayed')}</dt>
          <dd>{view.replayed}</dd>
        </div>
        <div>
          <dt>{t('lp.requests')}</dt>
          <dd>{wire ? wire.requests : '—'}</dd>
        </div>
        <div>
          <dt>{t('lp.requestsPage')}</dt>
          <dd>{view.requests}</dd>
        </div>
        <div>
          <dt>{t('lp.bytesDown')}</dt>
          <dd>{wire ? wire.down.toLocaleString() : '—'}</dd>
        </div>
        <div>
          <dt>{t('lp.bytesUp')}</dt>
          <dd>{wire ? wire.up.toLocaleString() : '—'}</dd>
        </div>
        <div>
          <dt>{t('lp.reset')}</dt>
          <dd>{view.reset ?? t('lp.none')}</dd>
        </div>
        {/* An id is one word: on a line of its own under its label, whole in a narrow column. */}
        <div className="ways__wide">
          <dt>{t('lp.lastId')}</dt>
          <dd translate="no">{view.lastId ?? t('lp.none')}</dd>
        </div>
      </dl>
      <h4>{t('lp.recent')}</h4>
      <ul className="ways__recent" aria-label={`${t(`lp.way.${way}`)}: ${t('lp.recent')}`}>
        {view.recent.map((event) => (
          <li key={event.id}>
            <span translate="no">{event.event}</span> · {event.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
