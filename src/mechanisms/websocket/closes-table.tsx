// Every close this page saw, with its code, what the code means, and whether it was clean.
import { hasMessage, type MessageKey } from '../../i18n/dictionary';
import type { T } from '../../i18n/use-t';
import { formatClock } from '../../lib/clock';
import { readServerWords } from '../../components/message-log/reason';
import { SaidText } from '../../components/message-log/said';
import { closeMeaning } from './socket-url';
import type { CloseRecord } from './use-websocket';
export function ClosesTable({ t, closes }: { t: T; closes: CloseRecord[] }) {
  if (closes.length === 0) return <p className="hint">{t('ws.noCloses')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table" aria-label={t('ws.closes')}>
        <thead>
          <tr>
            <th scope="col">{t('ws.when')}</th>
            <th scope="col">{t('ws.code')}</th>
            <th scope="col">{t('ws.meaning')}</th>
            <th scope="col">{t('ws.reason')}</th>
            <th scope="col">{t('ws.clean')}</th>
          </tr>
        </thead>
        <tbody>
          {closes.map((close) => (
            <tr key={close.at} data-code={close.code}>
              <td className="data-table__value">{formatClock(close.at)}</td>
              <td className="data-table__value">{close.code}</td>
              <td>
                {hasMessage(`ws.close.${close.code}`)
                  ? t(`ws.close.${close.code}` as MessageKey)
                  : closeMeaning(close.code)}
              </td>
              <td>
                {/* The server's reason in the reader's language when known, else marked as its. */}
                {close.reason ? <SaidText said={readServerWords(t, close.reason)} /> : '—'}
                {close.manual ? ` (${t('ws.byYou')})` : ''}
              </td>
              <td>{close.wasClean ? t('ws.yes') : t('ws.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
