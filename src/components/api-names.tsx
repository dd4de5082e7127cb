import './api-names.css';
import { Fragment, type ReactNode } from 'react';

// An API name in a sentence ("Atomics.waitAsync", "navigator.serviceWorker") is an identifier:
// marked so a translator leaves it as written, and in a narrow column it wraps after a dot, never
// inside a word ("Atomics.waitAsy / nc"). <wbr> adds that one break opportunity; elsewhere the
// name keeps its letters together.
// https://developer.mozilla.org/en-US/docs/Web/HTML/Element/wbr
// https://developer.mozilla.org/en-US/docs/Web/HTML/Global_attributes/translate

/** Dotted names of two or more letters a part, so "e.g." or a version number is not one. */
const API_NAME = /(?<![\w$.])[A-Za-z_$][\w$]+(?:\.[A-Za-z_$][\w$]+)+(?:\(\))?/g;

/** A sentence with each API name in it marked and breakable at its dots. */
export function ApiNames({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(API_NAME)) {
    parts.push(text.slice(at, match.index));
    const segments = match[0].split('.');
    // Between spaces (or the text's ends) it moves to the next line whole (api-names.css). Glued
    // to other text ("content/common/frame.mojom") it stays inline: an atomic inline adds a space
    // around itself to the accessible name a link or label computes from its text.
    const before = text[match.index - 1];
    const after = text[match.index + match[0].length];
    const apart = (!before || /\s/.test(before)) && (!after || /\s/.test(after));
    parts.push(
      <span
        key={match.index}
        className={apart ? 'api-name api-name--whole' : 'api-name'}
        translate="no"
      >
        {segments.map((segment, i) => (
          <Fragment key={i}>
            {i > 0 ? (
              <>
                .<wbr />
              </>
            ) : null}
            {segment}
          </Fragment>
        ))}
      </span>,
    );
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
