import './overview-page.css';
import './overview-i18n';
import { useT } from '../i18n/use-t';
import { mechanisms } from '../mechanisms/registry';
import { Link } from './router';
import { TraitValue } from '../components/trait-text';

export default function OverviewPage() {
  const t = useT();
  return (
    <article className="overview">
      <h1>{t('overview.title')}</h1>
      <p className="lead">{t('overview.lead')}</p>
      <ol className="steps">
        <li>{t('overview.step1')}</li>
        <li>{t('overview.step2')}</li>
        <li>{t('overview.step3')}</li>
      </ol>
      <ul className="cards" aria-label={t('overview.mechanisms')}>
        {mechanisms.map(({ meta }) => {
          const usable = meta.canBeUsed();
          return (
            <li key={meta.id} className="card">
              <h2>
                <Link to={`/m/${meta.id}`}>{t(meta.titleKey)}</Link>
              </h2>
              <p>{t(meta.summaryKey)}</p>
              <dl className="card__traits">
                <div>
                  <dt>{t('trait.scope')}</dt>
                  <dd>
                    <TraitValue meta={meta} trait="scope" />
                  </dd>
                </div>
                <div>
                  <dt>{t('trait.needsServer')}</dt>
                  <dd>
                    <TraitValue meta={meta} trait="needsServer" />
                  </dd>
                </div>
                <div>
                  <dt>{t('trait.payload')}</dt>
                  <dd>
                    <TraitValue meta={meta} trait="payload" />
                  </dd>
                </div>
              </dl>
              <p
                className={
                  usable ? 'card__status card__status--ok' : 'card__status card__status--no'
                }
              >
                <span aria-hidden="true">{usable ? '✓ ' : '✕ '}</span>
                {usable ? t('overview.usable') : t('page.unsupported')}
              </p>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
