/**
 * A translated sentence with an identifier in it (`localStorage["comms-lab:message"]`), the
 * identifier kept on one line and marked as not for translation: it breaks at its hyphen
 * otherwise. The sentence is shown as it is when the identifier is not in it.
 * https://html.spec.whatwg.org/multipage/dom.html#the-translate-attribute
 */
export function KeepWhole({ text, whole }: { text: string; whole: string }) {
  const at = text.indexOf(whole);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <span className="identifier" translate="no">
        {whole}
      </span>
      {text.slice(at + whole.length)}
    </>
  );
}
