/**
 * A translated sentence with an identifier in it (`localStorage["comms-lab:message"]`), the
 * identifier kept on one line and marked as not for translation: it breaks at its hyphen
 * otherwise. The sentence is shown as it is when the identifier is not in it.
 * https://html.spec.whatwg.org/multipage/dom.html#the-translate-attribute
 *
 * Chinese punctuation right after it stays on its line too: Chromium breaks a line at the end of
 * an unbreakable span even before "；", which no line may start with (a 320 px window read
 * "…localStorage["comms-lab:message"]" / "；其他标签页…"). It goes in a span of its own, so the
 * identifier's span holds the identifier alone.
 */
export function KeepWhole({ text, whole }: { text: string; whole: string }) {
  const at = text.indexOf(whole);
  if (at < 0) return text;
  const rest = text.slice(at + whole.length);
  const mark = /^[；，。：、！？）」』]+/.exec(rest)?.[0] ?? '';
  const identifier = (
    <span className="identifier" translate="no">
      {whole}
    </span>
  );
  return (
    <>
      {text.slice(0, at)}
      {mark ? (
        <span className="keep-whole">
          {identifier}
          {mark}
        </span>
      ) : (
        identifier
      )}
      {rest.slice(mark.length)}
    </>
  );
}
