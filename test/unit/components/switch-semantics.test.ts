import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// A checkbox drawn as a switch (the break-it toggles) is announced as one: role="switch" on the
// native input keeps its keyboard behaviour and says "on/off" instead of "checked".
// https://www.w3.org/WAI/ARIA/apg/patterns/switch/
const SRC = join(__dirname, '../../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.tsx') ? [path] : [];
  });

describe('switches', () => {
  it('every input styled as a switch has role="switch"', () => {
    const missing: string[] = [];
    let count = 0;
    for (const file of files(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/className="switch[^"]*"[^>]*>\s*<input\b[^>]*>/g)) {
        count++;
        if (!/role="switch"/.test(match[0])) missing.push(relative(SRC, file));
      }
    }
    expect(count).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });
});
