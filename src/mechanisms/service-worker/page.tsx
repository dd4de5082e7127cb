import './i18n';
import { useId } from 'react';
import { CodePanel } from '../../components/code-panel';
import { MechanismHeader } from '../../components/mechanism-header';
import { Notice } from '../../components/notice';
import { failedOutcome, SendForm } from '../../components/send-form';
import { useCatalog } from '../../hooks/use-catalog';
import { useSelf } from '../../hooks/use-self';
import { RELAY_MODES, type RelayMode } from '../../shared/relay';
import { ClientsPanel } from './clients-panel';
import { serviceWorkerCode } from './code';
import { LifecyclePanel } from './lifecycle-panel';
import { DedicatedWorkerCheck } from './dedicated-worker-check';
import { QuietSwitch } from './quiet-switch';
import { meta } from './meta';
import { swEnvelope, useServiceWorker } from './use-service-worker';

export default function ServiceWorkerPage() {
  const id = useId();
  const self = useSelf();
  const sw = useServiceWorker(self);
  const { t, lifecycle, stats } = sw;
  const usable = meta.canBeUsed();
  // The same job without a worker: another same-origin, serverless, structured-clone mechanism
  // (found by its traits: a mechanism never names another).
  const alternative = [...useCatalog().values()].find(
    ({ meta: other }) =>
      other.id !== meta.id &&
      other.traits.scope === meta.traits.scope &&
      !other.traits.needsServer &&
      other.traits.payload === meta.traits.payload,
  );

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      {usable ? null : (
        <Notice tone="warning">
          {t('sw.unavailable')}{' '}
          {alternative ? <a href={`/m/${alternative.meta.id}`}>{t('sw.tryBroadcast')}</a> : null}
        </Notice>
      )}
      {usable ? null : <DedicatedWorkerCheck />}
      <div className="panels">
        <section className="panel" aria-labelledby={`${id}-send`}>
          <h2 id={`${id}-send`}>{t('sw.sendTitle')}</h2>
          <SendForm
            disabled={!usable || (sw.mode === 'one' && !sw.target)}
            onSend={(value) => {
              const result = sw.transport?.send(swEnvelope(self, 'chat', value));
              if (!result?.ok) return failedOutcome(t, result?.error);
              return {
                ok: true,
                tone: lifecycle.controller ? 'success' : 'info',
                note: lifecycle.controller
                  ? t('sw.sentNote', { mode: t(`sw.mode.${sw.mode}`) })
                  : t('sw.waitingNote'),
              };
            }}
          >
            <div className="field">
              <label htmlFor={`${id}-mode`}>{t('sw.relayTo')}</label>
              <select
                id={`${id}-mode`}
                value={sw.mode}
                onChange={(e) => sw.setMode(e.target.value as RelayMode)}
              >
                {RELAY_MODES.map((mode) => (
                  <option key={mode} value={mode}>
                    {t(`sw.mode.${mode}`)}
                  </option>
                ))}
              </select>
            </div>
            {sw.mode === 'one' ? (
              <div className="field">
                <label htmlFor={`${id}-target`}>{t('sw.target')}</label>
                <select
                  id={`${id}-target`}
                  value={sw.target}
                  onChange={(e) => sw.setTarget(e.target.value)}
                >
                  <option value="">{t('sw.chooseTab')}</option>
                  {stats?.clients.map((client) => (
                    <option key={client.id} value={client.id}>
                      {client.id === stats.you
                        ? `${self.name} ${t('sw.thisTab')}`
                        : (sw.names[client.id]?.name ?? t('sw.unknownTab'))}{' '}
                      · {client.id.slice(0, 8)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </SendForm>
        </section>
        <LifecyclePanel t={t} lifecycle={lifecycle} stats={stats} transport={sw.transport} />
        <ClientsPanel t={t} stats={stats} names={sw.names} self={self}>
          <QuietSwitch quiet={sw.quiet} onChange={sw.setQuiet} />
        </ClientsPanel>
        <CodePanel code={serviceWorkerCode(sw.mode)} />
      </div>
    </article>
  );
}
