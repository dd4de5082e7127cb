// Splits the JavaScript a code panel shows into code and comments, so comments can be shown (and
// translated) on their own while the code stays exactly as written. It knows just enough of the
// language to never mistake a `//` inside a string, a template literal (with `${…}` nested to any
// depth) or a regular expression for a comment.
// https://tc39.es/ecma262/#sec-comments · https://tc39.es/ecma262/#sec-template-literal-lexical-components

/**
 * A comment, as a reader sees it:
 * - `line`: `//` comments alone on their lines; consecutive ones at the same indent are one block,
 *   since a sentence often runs on over two lines;
 * - `trailing`: a `//` comment after code on the same line;
 * - `block`: a `/* … *\/` comment.
 */
export type CommentStyle = 'line' | 'trailing' | 'block';
export type CodePiece =
  | { kind: 'code'; text: string }
  | { kind: 'comment'; style: CommentStyle; indent: string; text: string };

// After one of these (or at the start), a `/` begins a regular expression, not a division.
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%<>~^']);

function skipQuoted(source: string, start: number): number {
  const quote = source[start];
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote || source[i] === '\n') return i + 1;
  }
  return source.length;
}

/** From inside a template literal: past its closing backtick, or past a `${` (then `interp`). */
function skipTemplate(source: string, start: number, stack: string[]): number {
  for (let i = start; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '`') return i + 1;
    else if (source[i] === '$' && source[i + 1] === '{') {
      stack.push('interp');
      return i + 2;
    }
  }
  return source.length;
}

function regexEnd(source: string, start: number): number | null {
  let inClass = false;
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '\n') return null;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return i + 1;
  }
  return null;
}

function startsRegex(source: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(source[i] ?? '')) i--;
  return i < 0 || BEFORE_REGEX.has(source[i] ?? '');
}

/** Code and comments, in order; joining every piece's text gives the source back unchanged. */
function tokenize(source: string): { kind: 'code' | 'comment'; text: string }[] {
  const pieces: { kind: 'code' | 'comment'; text: string }[] = [];
  const stack: string[] = [];
  let codeStart = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && (next === '/' || next === '*')) {
      const close = next === '/' ? source.indexOf('\n', i) : source.indexOf('*/', i + 2);
      const end = close < 0 ? source.length : next === '/' ? close : close + 2;
      if (i > codeStart) pieces.push({ kind: 'code', text: source.slice(codeStart, i) });
      pieces.push({ kind: 'comment', text: source.slice(i, end) });
      i = codeStart = end;
    } else if (c === '/' && startsRegex(source, i)) i = regexEnd(source, i) ?? i + 1;
    else if (c === '"' || c === "'") i = skipQuoted(source, i);
    else if (c === '`') i = skipTemplate(source, i + 1, stack);
    else if (c === '{') {
      stack.push('brace');
      i++;
    } else if (c === '}') {
      i++;
      if (stack.pop() === 'interp') i = skipTemplate(source, i, stack);
    } else i++;
  }
  if (codeStart < source.length) pieces.push({ kind: 'code', text: source.slice(codeStart) });
  return pieces;
}

/** The source as code and comment pieces, with `//` lines that belong together in one piece. */
export function scanCode(source: string): CodePiece[] {
  const result: CodePiece[] = [];
  for (const piece of tokenize(source)) {
    if (piece.kind === 'code') {
      result.push({ kind: 'code', text: piece.text });
      continue;
    }
    const before = result[result.length - 1];
    const lineStart = /(?:^|\n)([ \t]*)$/.exec(before?.kind === 'code' ? before.text : '');
    const alone =
      before === undefined ||
      (before.kind === 'code' &&
        lineStart !== null &&
        (result.length === 1 || before.text.includes('\n')));
    const indent = alone ? (lineStart?.[1] ?? '') : '';
    if (piece.text.startsWith('/*')) {
      result.push({ kind: 'comment', style: 'block', indent, text: piece.text });
      continue;
    }
    // A `//` line right under another at the same indent continues its block.
    const previous = result[result.length - 2];
    if (
      alone &&
      before?.kind === 'code' &&
      before.text === `\n${indent}` &&
      previous?.kind === 'comment' &&
      previous.style === 'line' &&
      previous.indent === indent
    ) {
      result.pop();
      previous.text += `\n${indent}${piece.text}`;
      continue;
    }
    result.push({ kind: 'comment', style: alone ? 'line' : 'trailing', indent, text: piece.text });
  }
  return result;
}
