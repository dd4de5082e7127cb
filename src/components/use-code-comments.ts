import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../store';
import { joinPieces, translatePieces, type CodeText, type CommentMap } from '../lib/code-comments';
import { scanCode, type CodePiece } from '../lib/code-scan';

// Translations already loaded, by loader: a page opened again shows its comments translated at
// once, with no English in between.
const loaded = new Map<() => Promise<{ comments: CommentMap }>, CommentMap>();

/**
 * The code as this reader sees it: the same code, with its comments in the chosen language once
 * the mechanism's translations have loaded (they load with the page, before the panel is opened).
 * Until then, or if they cannot load, the comments show as written.
 */
export function useCodeComments(code: CodeText): { pieces: CodePiece[]; text: string } {
  const lang = useAppStore((s) => s.settings.lang);
  const load = lang === 'en' ? undefined : code.comments[lang];
  // Bumped when a translation arrives; the translations themselves live in `loaded`.
  const [, setArrivals] = useState(0);

  useEffect(() => {
    if (!load || loaded.has(load)) return;
    let live = true;
    load().then(
      ({ comments }) => {
        loaded.set(load, comments);
        if (live) setArrivals((n) => n + 1);
      },
      // A chunk that fails to load (offline, a new deploy) leaves the comments as written.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load]);

  const map = load ? loaded.get(load) : undefined;
  return useMemo(() => {
    const scanned = scanCode(code.text);
    const pieces = map ? translatePieces(scanned, map) : scanned;
    return { pieces, text: joinPieces(pieces) };
  }, [code.text, map]);
}
