// Bounds on what the server parses and serialises again. `JSON.parse` copes with deep nesting, but
// `JSON.stringify` recurses and throws `RangeError: Maximum call stack size exceeded` on an array
// nested ~10,000 deep, so depth is checked on the raw text, before anything is parsed.
// (ECMA-262 leaves recursion limits to the engine: https://tc39.es/ecma262/#sec-json.stringify)

export const JSON_LIMITS = {
  /** Objects and arrays inside one another; a chat body or a published envelope needs a few. */
  depth: 32,
} as const;

/**
 * The deepest nesting of `[` and `{` in a JSON text, scanned without recursion (strings skipped),
 * stopping as soon as `max` is passed.
 */
export function jsonDepth(text: string, max: number = JSON_LIMITS.depth): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > max) return deepest;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return deepest;
}

export const tooDeep = (text: string, max: number = JSON_LIMITS.depth) =>
  jsonDepth(text, max) > max;

/** Parses JSON within the depth bound; says what was wrong (a code), never throws. */
export function parseBoundedJson(
  text: string,
  max: number = JSON_LIMITS.depth,
): { ok: true; value: unknown } | { ok: false; reason: 'too-deep' | 'not-json' } {
  if (tooDeep(text, max)) return { ok: false, reason: 'too-deep' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}
