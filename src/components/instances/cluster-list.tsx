// The server panel's list of the instances sharing the class (from their heartbeats in Redis), with
// the teacher's "stop this one": its clients move to the next instance and resume there.
import './i18n';
import { useMutation } from '@tanstack/react-query';
import { useInstances } from '../../hooks/use-instances';
import { useT } from '../../i18n/use-t';
import { serverApi } from '../../lib/server-api';
import { Notice } from '../notice';
import { readServerWords } from '../message-log/reason';
import { SAID_SLOT, SaidIn } from '../message-log/said';

export function ClusterList() {
  const t = useT();
  const { picker, view } = useInstances();
  const stop = useMutation({
    mutationFn: (name: string) => serverApi.stopInstance(name),
    onSettled: () => void picker.refresh(),
  });
  if (!view?.clustered) return null;
  return (
    <>
      <h3>{t('inst.list')}</h3>
      <table className="data-table" aria-label={t('inst.list')}>
        <thead>
          <tr>
            <th scope="col">{t('inst.name')}</th>
            <th scope="col">{t('inst.clients')}</th>
            <th scope="col">{t('inst.health')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('inst.stop', { name: '' })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {view.instances.map((instance) => (
            <tr key={instance.name} data-instance={instance.name}>
              <th scope="row">
                {instance.name} <span className="hint">{instance.url}</span>
              </th>
              <td>{instance.clients}</td>
              <td>
                {instance.stopped
                  ? t('inst.stoppedState')
                  : instance.alive
                    ? t('inst.alive', { ms: instance.silentMs })
                    : t('inst.silent', { ms: instance.silentMs })}
              </td>
              <td>
                <button
                  type="button"
                  className="button button--danger"
                  disabled={!instance.alive || stop.isPending}
                  onClick={() => stop.mutate(instance.name)}
                >
                  {t('inst.stop', { name: instance.name })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('inst.stopHint')}</p>
      {stop.isSuccess ? (
        <Notice tone="success">{t('inst.stopping', { name: stop.data.stopping })}</Notice>
      ) : null}
      {stop.isError ? (
        <Notice tone="error">
          <SaidIn
            text={t('inst.stopFailed', { reason: SAID_SLOT })}
            said={readServerWords(t, stop.error.message)}
          />
        </Notice>
      ) : null}
    </>
  );
}
