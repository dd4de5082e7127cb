import { ComparisonTable } from '../components/comparison-table';
import { useT } from '../i18n/use-t';
import { mechanisms } from '../mechanisms/registry';
import { Link } from './router';

export default function ComparePage() {
  const t = useT();
  return (
    <article className="compare">
      <h1>{t('compare.title')}</h1>
      <p className="lead">{t('compare.lead')}</p>
      <ComparisonTable
        metas={mechanisms.map((m) => m.meta)}
        renderName={(meta) => <Link to={`/m/${meta.id}`}>{t(meta.titleKey)}</Link>}
      />
    </article>
  );
}
