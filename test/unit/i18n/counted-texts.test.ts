import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { englishCount } from '../../../src/lib/english-count';
import { resetMessage } from '../../../src/mechanisms/server-sent-events/feed-messages';

// Issue 12: "2 queued message(s) sent", "Opened 3 window(s)": a count picks its form by the
// language's plural rule (i18n/plural.ts in the page, lib/english-count.ts in a transport's plain
// English status line). No text the app writes says "(s)": every string, template and JSX text in
// the app, its server and its static files is read, comments left aside (they may say "http(s)").
const ROOTS = ['src', 'mock-server', 'public'];
const MAYBE_PLURAL = /\b(?!https?\()[A-Za-z]+\((?:s|es)\)/;

function sourceFiles(root: string): string[] {
  return readdirSync(join(process.cwd(), root), { recursive: true, encoding: 'utf8' })
    .map((file) => `${root}/${file.split(sep).join('/')}`)
    .filter((file) => /\.(ts|tsx|js|mjs)$/.test(file));
}

/** Each text of `source` (string literals, template pieces, JSX text) that matches `pattern` ("word(s)"). */
function textsSaying(file: string, source: string, pattern = MAYBE_PLURAL): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) &&
      pattern.test(node.text)
    ) {
      const { line } = tree.getLineAndCharacterOfPosition(node.getStart(tree));
      found.push(`${file}:${line + 1} ${node.text.trim().slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe('counted texts', () => {
  const files = ROOTS.flatMap(sourceFiles);

  it('finds the source to read', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files).toContain('mock-server/index.ts');
  });

  it('no text in the app, the server or the static files says "(s)"', () => {
    const found = files.flatMap((file) => textsSaying(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('no English dictionary text says "(s)"', () => {
    const texts = import.meta.glob<Record<string, unknown>>(
      ['../../../src/**/*i18n*.ts', '../../../src/**/status.ts', '../../../src/**/status-en.ts'],
      { eager: true },
    );
    expect(Object.keys(texts).length).toBeGreaterThan(30);
    const english = [en, ...Object.values(texts).flatMap((module) => Object.values(module))];
    const said = english
      .filter((value): value is Record<string, unknown> => typeof value === 'object' && !!value)
      .flatMap((dictionary) => Object.entries(dictionary))
      .filter(([, text]) => typeof text === 'string' && MAYBE_PLURAL.test(text));
    expect(said).toEqual([]);
  });

  it('would catch one (the check itself can fail)', () => {
    const source = "// http(s) only\nconst a = 'sent 2 message(s)';\nconst b = <p>3 tab(s)</p>;\n";
    expect(textsSaying('x.tsx', source)).toEqual(['x.tsx:2 sent 2 message(s)', 'x.tsx:3 3 tab(s)']);
    expect(textsSaying('x.ts', 'const t = `${n} match(es) of http(s)`;')).toHaveLength(1);
  });

  it('status lines built by a transport say one and many in English', () => {
    expect(englishCount(1, 'queued message', 'queued messages')).toBe('1 queued message');
    expect(englishCount(0, 'queued message', 'queued messages')).toBe('0 queued messages');
    expect(englishCount(3, 'missed event', 'missed events')).toBe('3 missed events');
    const reset = { reason: 'too-old', resumedFrom: '12-4', epoch: '12' } as const;
    expect(resetMessage({ ...reset, lost: 1 })).toBe('1 event after 12-4 is no longer kept');
    expect(resetMessage({ ...reset, lost: 40 })).toBe('40 events after 12-4 are no longer kept');
    expect(resetMessage({ ...reset, lost: null })).toBe(
      'some events after 12-4 are no longer kept',
    );
  });

  // Chinese runs its punctuation on with no space ("…数据；下一句"): an ASCII space beside "，。；：、"
  // or before "提示" read as a stray gap, and a line could break at it and start with "；".
  it('no Chinese text has an ASCII space beside its punctuation', () => {
    const spaced = /\p{Script=Han}.*(?: [，。；：、！？）]|[，。；：、！？（] | 提示)/u;
    const found = files.flatMap((file) => textsSaying(file, readFileSync(file, 'utf8'), spaced));
    expect(found).toEqual([]);
    expect(textsSaying('x.ts', "const a = '数据已发送 ；下一句';", spaced)).toHaveLength(1);
    expect(textsSaying('x.ts', "const a = '数据。 提示：';", spaced)).toHaveLength(1);
  });
});
