import { useCallback } from 'react';
import { logFromPage } from '../../hooks/page-log';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/dictionary';
import type { PeerRef } from '../../shared/envelope';
import { meta } from './meta';

export type PopupLog = (
  direction: 'status' | 'error',
  to: string,
  key: MessageKey,
  params: Record<string, string | number>,
  reason?: string,
) => void;

/** How the opener names its popups ("Popup 2"), and writes what happens to them into the log. */
export function usePopupLog(self: PeerRef): { log: PopupLog; nameOf: (id: string) => string } {
  const t = useT();
  const log = useCallback<PopupLog>(
    (direction, to, key, params, reason) =>
      logFromPage(meta.id, self, { direction, to, summary: t(key, params), reason }),
    [self, t],
  );
  const nameOf = useCallback(
    (id: string) => t('pop.popupName', { n: id.replace('popup-', '') }),
    [t],
  );
  return { log, nameOf };
}
