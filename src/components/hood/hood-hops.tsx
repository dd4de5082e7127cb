import type { T } from '../../i18n/use-t';
import type { Lang } from '../../i18n/dictionary';
import type { Hood } from '../../lib/hood-types';
import { CitedTitle } from '../cited-title';
import { processLabel } from './hood-diagram';

/**
 * A place with its process, each said once: "Browser process", not "Browser process (Browser
 * process)"; a process that names the place already ("Node server (outside the browser)") stands
 * alone; a label that ends in brackets of its own gets the process after a dot, not a second pair
 * of brackets. Chinese takes full-width brackets.
 */
export function placeName(label: string, process: string, lang: Lang): string {
  if (label.includes(process)) return label;
  if (process.includes(label)) return process;
  if (/[)）]$/.test(label)) return `${label} · ${process}`;
  return lang === 'en' ? `${label} (${process})` : `${label}（${process}）`;
}

/** The diagram in words: each hop, what carries it (as code), and its source or "inference". */
export function HoodHops({ hood, lang, t }: { hood: Hood; lang: Lang; t: T }) {
  const places = new Map(hood.places.map((p) => [p.id, p]));
  const name = (id: string) => {
    const place = places.get(id);
    return place ? placeName(place.label[lang], processLabel(t, place.process), lang) : id;
  };
  return (
    <ol className="hood-hops" aria-label={t('hood.hops')}>
      {hood.hops.map((hop, i) => (
        <li key={i} className="hood-hop">
          <p className="hood-hop__route">
            <span className="hood-hop__number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="visually-hidden">{t('hood.hop', { n: i + 1 })} </span>
            {name(hop.from)} → {name(hop.to)}
          </p>
          <p className="hood-hop__carrier">
            <span className="visually-hidden">{t('hood.carrier')} </span>
            <code translate="no">{hop.carrier}</code>
          </p>
          <p className="hood-hop__note">{hop.note[lang]}</p>
          <p className="hood-hop__proof">
            {hop.inference ? (
              <span className="hood-hop__inference">{t('hood.inference')}</span>
            ) : null}
            {hop.source ? (
              <a href={hop.source.url} target="_blank" rel="noreferrer">
                <CitedTitle
                  sentence={(label) => t('hood.source', { label })}
                  title={hop.source.label}
                />
              </a>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
