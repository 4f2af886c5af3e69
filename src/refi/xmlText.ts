/**
 * Text as the content of an XML element or attribute, so that a parser
 * gives back exactly the text: markup escaped, white space that a parser
 * would normalise (a carriage return anywhere; a tab or line feed in an
 * attribute) written as character references, and the characters XML 1.0
 * cannot carry (most control characters, U+FFFE, U+FFFF) dropped.
 * @example xmlText('a < "b"\r\n') // 'a &lt; &quot;b&quot;&#13;\n'
 */
export function xmlText(text: string, attribute = false): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing control characters is this pattern's purpose
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/\r/g, "&#13;")
      .replace(/[\n\t]/g, (character) => (attribute ? `&#${character.charCodeAt(0)};` : character))
  );
}
