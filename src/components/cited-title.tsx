import { ApiNames } from './api-names';

// Where the title goes in the app's sentence (private use: no text holds it).
const TITLE_SLOT = '\uE003';

/**
 * "出处：MDN, EventSource": the app's words in the reader's language around the title of a cited
 * document, which stays as published, marked English, so a Chinese page reads it as a quotation
 * rather than untranslated prose (and a screen reader reads it with English rules).
 * https://html.spec.whatwg.org/multipage/dom.html#the-lang-and-xml:lang-attributes
 */
export function CitedTitle({
  sentence,
  title,
}: {
  /** The app's sentence with `slot` where the title goes: `(slot) => t('claims.source', …)`. */
  sentence: (slot: string) => string;
  title: string;
}) {
  const [before = '', after = ''] = sentence(TITLE_SLOT).split(TITLE_SLOT);
  return (
    <>
      {before}
      <span lang="en">
        <ApiNames text={title} />
      </span>
      {after}
    </>
  );
}
