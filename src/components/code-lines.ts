import type { CodePiece } from '../lib/code-scan';

export type CodeSpan = { comment: boolean; text: string };
/** One line of code: its spans (each keeps its newline) and how far the line is indented. */
export type CodeLine = { indent: number; spans: CodeSpan[] };

/**
 * The pieces cut into lines, so that a line too long for a narrow window wraps under its own
 * indent (a hanging indent) instead of at the left edge, where it would read as a new statement.
 * Joining every span's text gives the code back unchanged.
 */
export function codeLines(pieces: readonly CodePiece[]): CodeLine[] {
  const lines: CodeLine[] = [];
  let spans: CodeSpan[] = [];
  const endLine = () => {
    const text = spans.map((span) => span.text).join('');
    lines.push({ indent: /^[ \t]*/.exec(text)?.[0].length ?? 0, spans });
    spans = [];
  };
  for (const piece of pieces) {
    const parts = piece.text.split('\n');
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const text = last ? part : `${part}\n`;
      if (text) spans.push({ comment: piece.kind === 'comment', text });
      if (!last) endLine();
    });
  }
  if (spans.length > 0) endLine();
  return lines;
}
