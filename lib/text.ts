/**
 * What a reader actually sees of a text. Zero-width spaces and joiners, the byte-order mark, soft hyphens and bidi
 * controls (Unicode format characters), combining marks on nothing, and every kind of space take no visible place:
 * a text made only of them says nothing, however long it is.
 */
const INVISIBLE = /[\p{Cf}\p{Z}\p{M}\s\u3164\u2800]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The characters of `text` a reader sees. */
function visibleText(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** True when `text` shows at least `min` characters, a letter or digit among them. */
export function saysSomething(text: string, min: number): boolean {
  const visible = visibleText(text);
  return [...visible].length >= min && LETTER_OR_DIGIT.test(visible);
}
