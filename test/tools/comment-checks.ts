// One rule for "this comment is translated", shared by the unit test (every variant of every
// code.ts) and the end-to-end test (the code panel as the browser shows it).
import { commentsOf } from '../../src/lib/code-comments';

const HAN = /[\u3400-\u9fff]/;
/** Runs of three or more plain words: English prose, as opposed to an API name or a header. */
const PROSE = /[A-Za-z]+(?: [A-Za-z]+){2,}/g;

/** Each comment of `source` that has no Chinese in it, or still has English prose in it. */
export function untranslatedComments(source: string): string[] {
  const left: string[] = [];
  for (const { text } of commentsOf(source)) {
    const prose = text.match(PROSE) ?? [];
    if (HAN.test(text) && prose.length === 0) continue;
    left.push(text.slice(0, 100) + (prose.length ? ` [English: ${prose.join(' | ')}]` : ''));
  }
  return [...new Set(left)];
}
