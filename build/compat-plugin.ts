// `virtual:compat-data`: the BCD entries of every key that src/mechanisms/<id>/index.ts names in
// its `compat: [...]`, and nothing else. Imported lazily by the support tables, so neither the
// first visit nor any page but the ones showing support pays for it.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compatKeysIn, extractCompat, type Bcd, type CompatRequest } from './compat-extract.ts';

const ID = 'virtual:compat-data';
const RESOLVED = `\0${ID}`;

export function compatRequests(root = 'src/mechanisms'): CompatRequest[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const file = `${root}/${entry.name}/index.ts`;
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch {
        return [];
      }
      return compatKeysIn(source).map((key) => ({ key, file }));
    });
}

export function compatDataPlugin(): Plugin {
  let bcd: Bcd | undefined;
  return {
    name: 'comms-lab:compat-data',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      bcd ??= createRequire(import.meta.url)('@mdn/browser-compat-data') as Bcd;
      const requests = compatRequests();
      for (const { file } of requests) this.addWatchFile(resolve(file));
      return `export default ${JSON.stringify(extractCompat(bcd, requests))};`;
    },
  };
}
