import { useT } from '../i18n/use-t';
import { Link } from './router';

export default function NotFoundPage({ path }: { path: string }) {
  const t = useT();
  return (
    <article>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path })}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </article>
  );
}
