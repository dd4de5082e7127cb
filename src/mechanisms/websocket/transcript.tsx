// What was said in the room: chat lines (history marked) and join, leave and rename notices.
import './transcript.css';
import { PeerBadge } from '../../components/peer-badge';
import type { T } from '../../i18n/use-t';
import type { ChatLine } from './use-websocket';
export function Transcript({ t, lines, room }: { t: T; lines: ChatLine[]; room: string }) {
  return (
    <>
      <h3>{t('ws.transcript', { room })}</h3>
      {lines.length === 0 ? (
        <p className="hint">{t('ws.transcriptEmpty')}</p>
      ) : (
        // tabIndex 0: the transcript scrolls, so keyboard users must be able to focus it to scroll
        // (axe scrollable-region-focusable; https://www.w3.org/WAI/WCAG21/Understanding/keyboard).
        <ul className="transcript" aria-label={t('ws.transcript', { room })} tabIndex={0}>
          {lines.map((line) =>
            line.type === 'notice' ? (
              <li key={line.key} className="transcript__notice">
                {t(`ws.notice.${line.notice.event}`, {
                  name:
                    line.notice.more > 0
                      ? t('ws.andMore', {
                          names: line.notice.names.join(t('ws.listSep')),
                          count: line.notice.more,
                        })
                      : line.notice.names.join(t('ws.listSep')),
                  previous: line.notice.previous ?? '',
                })}
              </li>
            ) : (
              <li key={line.key} className={line.own ? 'transcript__own' : undefined}>
                <PeerBadge peer={line.from} suffix={line.own ? `(${t('ws.you')})` : undefined} />
                {line.history ? <span className="tag">{t('ws.fromHistory')}</span> : null}{' '}
                {/* What a member typed: shown as written, never translated. */}
                <span className="transcript__text" translate="no">
                  {line.text}
                </span>
              </li>
            ),
          )}
        </ul>
      )}
    </>
  );
}
