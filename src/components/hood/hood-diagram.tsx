import { useId, useMemo } from 'react';
import type { T } from '../../i18n/use-t';
import type { Lang, MessageKey } from '../../i18n/dictionary';
import type { Hood } from '../../lib/hood-types';
import { layoutHood } from './hood-layout';

const KNOWN = /^(renderer|browser|network|storage|gpu|node|redis|peer)(?:\s+(.+))?$/;

/** A process's name for people: "renderer A" → "Renderer process A"; unknown names as written. */
export function processLabel(t: T, process: string): string {
  const match = KNOWN.exec(process);
  if (!match) return process;
  return t(`hood.process.${match[1]}` as MessageKey, { suffix: match[2] ?? '' }).trim();
}

/** Roughly how wide a label is, so a long one is squeezed to its box instead of overflowing. */
const textWidth = (text: string, size: number) =>
  [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? size : size * 0.56), 0);

/** Processes as boxes, places as rows inside them, hops as numbered arrows (all drawn in SVG). */
export function HoodDiagram({ hood, lang, t }: { hood: Hood; lang: Lang; t: T }) {
  const id = useId();
  const layout = useMemo(() => layoutHood(hood), [hood]);
  const marker = `${id}-arrow`.replace(/:/g, '');
  return (
    <svg
      className="hood-diagram"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
    >
      <title id={`${id}-title`}>
        {t('hood.diagram', {
          places: hood.places.length,
          processes: layout.processes.length,
          hops: hood.hops.length,
        })}
      </title>
      <defs>
        <marker
          id={marker}
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path className="hood-diagram__head" d="M 0 0 L 8 4 L 0 8 z" />
        </marker>
      </defs>
      {layout.processes.map((p) => (
        <g key={`${p.name}-${p.y}`}>
          <rect
            className="hood-diagram__process"
            x={p.x}
            y={p.y}
            width={p.width}
            height={p.height}
            rx="6"
          />
          <text className="hood-diagram__process-label" x={p.x + 6} y={p.y + 11}>
            {processLabel(t, p.name)}
          </text>
        </g>
      ))}
      {layout.places.map(({ place, x, y, width, height }) => {
        const label = place.label[lang];
        const squeeze = textWidth(label, 10) > width - 12;
        return (
          <g key={place.id} data-kind={place.kind}>
            <rect
              className="hood-diagram__place"
              x={x}
              y={y}
              width={width}
              height={height}
              rx="4"
            />
            <text
              className="hood-diagram__place-label"
              x={x + 6}
              y={y + height / 2 + 3.5}
              {...(squeeze ? { textLength: width - 12, lengthAdjust: 'spacingAndGlyphs' } : {})}
            >
              {label}
            </text>
          </g>
        );
      })}
      {layout.hops.map(({ n, path, badge }) => (
        <g key={n} className="hood-diagram__hop">
          <path className="hood-diagram__arrow" d={path} markerEnd={`url(#${marker})`} />
          <circle className="hood-diagram__badge" cx={badge.x} cy={badge.y} r="7.5" />
          <text className="hood-diagram__number" x={badge.x} y={badge.y + 3.5} textAnchor="middle">
            {n}
          </text>
        </g>
      ))}
    </svg>
  );
}
