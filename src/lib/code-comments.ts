// A code panel's code is the same in every language; its comments are read aloud in class, so they
// are translated. Each mechanism keeps its translations beside its code.ts (code.zh-cn.ts: the
// English comment → the Chinese one), loaded only when that language is chosen.
import type { Lang } from '../i18n/dictionary';
import { scanCode, type CodePiece } from './code-scan';

/**
 * English comment → translation. A `//` block's key is its lines without the `// `, joined by
 * newlines; a `/* … *\/` comment's key is its trimmed inside. `{name}` in a key stands for any text
 * (a channel name, an origin) and is put back where the translation says `{name}`.
 */
export type CommentMap = Readonly<Record<string, string>>;
export type CommentLoaders = Record<Exclude<Lang, 'en'>, () => Promise<{ comments: CommentMap }>>;

/** What a code panel shows: the code with English comments, and where its translations are. */
export type CodeText = { text: string; comments: CommentLoaders };

type Comment = Extract<CodePiece, { kind: 'comment' }>;

/** The words of a comment, the way a translation map names it. */
export function commentKey(comment: Comment): string {
  if (comment.style === 'block') return comment.text.slice(2, -2).trim();
  return comment.text
    .split('\n')
    .map((line) => line.trimStart().replace(/^\/\/ ?/, ''))
    .join('\n');
}

function rewrite(comment: Comment, words: string): Comment {
  if (comment.style === 'block') {
    const inside = comment.text.slice(2, -2);
    const [lead = '', trail = ''] = [/^\s*/.exec(inside)?.[0], /\s*$/.exec(inside)?.[0]];
    return { ...comment, text: `/*${lead}${words.replaceAll('*/', '* /')}${trail}*/` };
  }
  // A trailing comment must stay on its code's line; a block of lines may change its line count.
  const lines = comment.style === 'trailing' ? [words.replaceAll('\n', ' ')] : words.split('\n');
  const text = lines.map((line) => (line ? `// ${line}` : '//')).join(`\n${comment.indent}`);
  return { ...comment, text };
}

type Pattern = { regex: RegExp; names: string[]; words: string };
const patternCache = new WeakMap<CommentMap, Pattern[]>();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternsOf(map: CommentMap): Pattern[] {
  let patterns = patternCache.get(map);
  if (!patterns) {
    patterns = Object.entries(map)
      .filter(([key]) => /\{\w+\}/.test(key))
      .map(([key, words]) => {
        const names: string[] = [];
        const parts = key.split(/\{(\w+)\}/).map((part, i) => {
          if (i % 2 === 0) return escape(part);
          names.push(part);
          return '(.+?)';
        });
        return { regex: new RegExp(`^${parts.join('')}$`, 's'), names, words };
      });
    patternCache.set(map, patterns);
  }
  return patterns;
}

/** The translation of one comment's words, or undefined when the map has none. */
export function translateComment(key: string, map: CommentMap): string | undefined {
  if (Object.hasOwn(map, key)) return map[key];
  for (const { regex, names, words } of patternsOf(map)) {
    const match = regex.exec(key);
    if (match)
      return words.replace(/\{(\w+)\}/g, (all, name: string) => {
        const at = names.indexOf(name);
        return at < 0 ? all : (match[at + 1] ?? all);
      });
  }
  return undefined;
}

/** The pieces with each comment the map knows translated; code pieces are left as they are. */
export function translatePieces(pieces: readonly CodePiece[], map: CommentMap): CodePiece[] {
  return pieces.map((piece) => {
    if (piece.kind === 'code') return piece;
    const words = translateComment(commentKey(piece), map);
    return words === undefined ? piece : rewrite(piece, words);
  });
}

export const joinPieces = (pieces: readonly CodePiece[]) => pieces.map((p) => p.text).join('');

/** The code with every comment cut out: what must not change from one language to another. */
export const withoutComments = (source: string) =>
  joinPieces(scanCode(source).filter((piece) => piece.kind === 'code'));

/** The comments of a source, as pieces (for tests and checks). */
export const commentsOf = (source: string) =>
  scanCode(source).filter((piece): piece is Comment => piece.kind === 'comment');
