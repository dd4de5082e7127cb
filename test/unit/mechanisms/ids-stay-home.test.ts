import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// A mechanism is one folder plus one registry line: nothing else under src/ may name its id.
// The one exception is the registry itself.
const SRC = join(process.cwd(), 'src');
const ALLOWED = new Set(['mechanisms/registry.ts']);

const ids = readdirSync(join(SRC, 'mechanisms'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split(sep).join('/'))
  .filter((file) => /\.(ts|tsx|css|html|json)$/.test(file));

/** Where `id` appears as a name of its own (not inside a longer word like `websockets`). */
function mentions(text: string, id: string): number[] {
  const pattern = new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'g');
  const lines: number[] = [];
  for (const match of text.matchAll(pattern))
    lines.push(text.slice(0, match.index).split('\n').length);
  return lines;
}

describe('mechanism ids', () => {
  it('finds the mechanisms and the source files to check', () => {
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(files.length).toBeGreaterThan(50);
  });

  it('are named only in their own folder and in the registry', () => {
    const strays: string[] = [];
    for (const file of files) {
      if (ALLOWED.has(file)) continue;
      const home = /^mechanisms\/([^/]+)\//.exec(file)?.[1];
      const text = readFileSync(join(SRC, file), 'utf8');
      for (const id of ids) {
        if (id === home) continue;
        for (const line of mentions(text, id)) strays.push(`src/${file}:${line} names "${id}"`);
      }
    }
    expect(strays).toEqual([]);
  });

  it('would catch a stray id (the check itself can fail)', () => {
    const id = ids[0] ?? 'x';
    expect(mentions(`const a = '${id}';\n`, id)).toEqual([1]);
    expect(mentions(`${id}s and my-${id}`, id)).toEqual([]);
  });
});
