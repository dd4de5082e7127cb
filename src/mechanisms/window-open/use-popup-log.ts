import { useCallback } from 'react';
import { logFromPage } from '../../hooks/page-log';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/dictionary';
import { usePlural, type PluralKeys } from '../../i18n/plural';
import type { PeerRef } from '../../shared/envelope';
import { meta } from './meta';

export type PopupLog = (
  direction: 'status' | 'error',
  to: string,
  // A counted text names its two forms and carries `count` ("1 queued message", "2 … messages").
  key: MessageKey | PluralKeys,
  params: Record<string, string | number>,
  reason?: string,
) => void;

/** How the opener names its popups ("Popup 2"), and writes what happens to them into the log. */
export function usePopupLog(self: PeerRef): { log: PopupLog; nameOf: (id: string) => string } {
  const t = useT();
  const plural = usePlural();
  const log = useCallback<PopupLog>(
    (direction, to, key, params, reason) => {
      const summary =
        typeof key === 'string' ? t(key, params) : plural(key, Number(params.count), params);
      logFromPage(meta.id, self, { direction, to, summary, reason });
    },
    [self, t, plural],
  );
  const nameOf = useCallback(
    (id: string) => t('pop.popupName', { n: id.replace('popup-', '') }),
    [t],
  );
  return { log, nameOf };
}
