import './log-columns.css';
// After the columns: a compact window's rows replace some of their rules.
import './log-rows-compact.css';
import { useMemo, type CSSProperties } from 'react';
import { LANGS, translate, type MessageKey } from '../../i18n/dictionary';
import { ANIMAL_COUNT, TAB_COLORS } from '../../lib/identity';

// The log's columns are as wide as what they hold, not a guess: the longest mechanism title in the
// reader's language, and the longest "name tag → name tag" a tab can be called (a tab names itself
// in its own language, so both languages count). Each row is its own grid (the list draws only the
// rows in view), so columns cannot size to their content across rows; measuring once per language
// keeps them aligned. Widths are in em, so log-columns.css applies them at the row's own font size.
// https://developer.mozilla.org/en-US/docs/Web/API/CanvasRenderingContext2D/measureText

const PROBE_PX = 100;
/** Tags are four hex digits: the widest digit four times is the widest tag. */
const HEX = '0123456789abcdef';
/** The colour swatch before a name: 0.9em, its 0.3em margin and a 1px border each side. */
const SWATCH_EM = 1.35;

type Measure = (text: string) => number;

function canvasMeasure(): Measure | null {
  // An OffscreenCanvas needs no element; where there is none (jsdom), the CSS fallbacks apply.
  // https://developer.mozilla.org/en-US/docs/Web/API/OffscreenCanvas
  if (typeof document === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  const ctx = new OffscreenCanvas(1, 1).getContext('2d');
  if (!ctx) return null;
  ctx.font = `${PROBE_PX}px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  return (text) => ctx.measureText(text).width / PROBE_PX;
}

/** Every name a tab can have in a language ("Orange Dolphin", "橙色海豚"). */
function names(lang: (typeof LANGS)[number]): string[] {
  const all: string[] = [];
  for (let c = 0; c < TAB_COLORS.length; c++)
    for (let a = 0; a < ANIMAL_COUNT; a++)
      all.push(
        translate(lang, 'identity.name', {
          color: translate(lang, `color.${c}` as MessageKey),
          animal: translate(lang, `animal.${a}` as MessageKey),
        }),
      );
  return all;
}

/** Column widths in em, or null where text cannot be measured. */
export function measureColumns(
  titles: readonly string[],
  measure: Measure | null = canvasMeasure(),
): { mechanism: number; name: number; route: number } | null {
  if (!measure) return null;
  const widest = (texts: readonly string[]) => Math.max(0, ...texts.map(measure));
  const tag = 4 * widest([...HEX]);
  const name = SWATCH_EM + widest(LANGS.flatMap(names)) + measure(' ') + tag;
  // "→" between two names, the second with no swatch.
  const route = name + measure(' → ') + (name - SWATCH_EM);
  // A little over the measure: sub-pixel rounding must not cut the last letter.
  const round = (em: number) => Math.ceil(em * 10 + 1) / 10;
  return { mechanism: round(widest(titles)), name: round(name), route: round(route) };
}

/**
 * The CSS variables log-columns.css sizes its columns by. `titles` are in the reader's language
 * (app.tsx makes them anew when it changes), so the widths follow the language too.
 */
export function useLogColumns(titles: Record<string, string>): CSSProperties | undefined {
  return useMemo(() => {
    const widths = measureColumns(Object.values(titles));
    if (!widths) return undefined;
    return {
      '--log-mechanism-w': `${widths.mechanism}em`,
      '--log-name-w': `${widths.name}em`,
      '--log-route-w': `${widths.route}em`,
    } as CSSProperties;
  }, [titles]);
}
