import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { WAYS } from './ways-core';

const NEEDS = ['buffering', 'timeouts', 'pool'] as const;

/** Which way needs what from the proxies between the browser and the server. */
export function ProxyTable() {
  const t = useT();
  const id = useId();
  return (
    <section className="panel panel--wide" aria-labelledby={`${id}-proxies`}>
      <h2 id={`${id}-proxies`}>{t('lp.proxyTitle')}</h2>
      <table className="ways__table">
        <thead>
          <tr>
            <th scope="col">{t('lp.proxy.need')}</th>
            {WAYS.map((way) => (
              <th key={way} scope="col">
                {t(`lp.way.${way}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {NEEDS.map((need) => (
            <tr key={need}>
              <th scope="row">{t(`lp.proxy.${need}`)}</th>
              {WAYS.map((way) => (
                <td key={way}>
                  <strong className="ways__label">{t(`lp.way.${way}`)}: </strong>
                  {t(`lp.proxy.${way}.${need}`)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
