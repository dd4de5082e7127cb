import './i18n';
import { useId } from 'react';
import { CodePanel } from '../../components/code-panel';
import { MechanismHeader } from '../../components/mechanism-header';
import { useSelf } from '../../hooks/use-self';
import { useT } from '../../i18n/use-t';
import { iframeCode } from './code';
import { FramesPanel } from './frames-panel';
import { meta } from './meta';
import { PortPanel } from './port-panel';
import { SendPanel } from './send-panel';
import { TransferPanel } from './transfer-panel';
import { useFrameHost } from './use-frame-host';

export default function IframePostMessagePage() {
  const t = useT();
  const id = useId();
  const self = useSelf();
  const host = useFrameHost(self);
  const target =
    host.mode === 'star'
      ? '*'
      : host.mode === 'wrong'
        ? 'https://wrong.example'
        : host.origins.foreign;

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      <div className="panels">
        <FramesPanel host={host} self={self} />
        <SendPanel host={host} self={self} />
        <TransferPanel host={host} self={self} />
        <PortPanel host={host} self={self} />
        <section
          id="what-to-notice"
          className="panel"
          aria-labelledby={`${id}-notice`}
          tabIndex={-1}
        >
          <h2 id={`${id}-notice`}>{t('page.noticeTitle')}</h2>
          <ul className="teaching">
            <li>{t('ifr.teach.targetOrigin')}</li>
            <li>{t('ifr.teach.origin')}</li>
            <li>{t('ifr.teach.null')}</li>
            <li>{t('ifr.teach.navigate')}</li>
            <li>{t('ifr.teach.transfer')}</li>
            <li>{t('ifr.teach.port')}</li>
          </ul>
        </section>
        <CodePanel
          code={iframeCode(
            host.origins.foreign,
            target,
            [host.origins.app, host.origins.foreign],
            host.verify,
          )}
        />
      </div>
    </article>
  );
}
