import './i18n';
import { useState } from 'react';
import { CodePanel } from '../../components/code-panel';
import { MechanismHeader } from '../../components/mechanism-header';
import { useSelf } from '../../hooks/use-self';
import { iframeCode } from './code';
import { FramesPanel } from './frames-panel';
import type { FrameKey } from './frame-set';
import { meta } from './meta';
import { PortPanel } from './port-panel';
import { SendPanel } from './send-panel';
import { TransferPanel } from './transfer-panel';
import { useFrameHost } from './use-frame-host';

export default function IframePostMessagePage() {
  const self = useSelf();
  const host = useFrameHost(self);
  const [to, setTo] = useState<FrameKey>('cross');
  const target =
    host.mode === 'star'
      ? '*'
      : host.mode === 'wrong'
        ? 'https://wrong.example'
        : host.origins.foreign;

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      {/* A container, so the frames can sit beside the send form when the page is wide (frames.css). */}
      <div className="frames-stage">
        <div className="panels">
          <SendPanel host={host} self={self} to={to} onTo={setTo} />
          <FramesPanel host={host} self={self} to={to} />
          <TransferPanel host={host} self={self} />
          <PortPanel host={host} self={self} />
          <CodePanel
            code={iframeCode(
              host.origins.foreign,
              target,
              [host.origins.app, host.origins.foreign],
              host.verify,
            )}
          />
        </div>
      </div>
    </article>
  );
}
