/**
 * The text with every CRLF that ends a row written LF when the file's rows
 * end in both CRLF and LF (rows appended in another editor), so that the
 * parser, which takes one kind of line end from the file's start, reads
 * every row; the text as it is otherwise. Line breaks inside quoted cells
 * are text, and are left as they are (a spreadsheet writes LF inside the
 * cells of a CRLF file). One pass, linear in the text's length.
 * @example oneKindOfLineEnd("a\r\nb\nc\n", ",") // "a\nb\nc\n"
 * @example oneKindOfLineEnd('a\r\n"b\nc"\r\n', ",") // 'a\r\n"b\nc"\r\n'
 */
export function oneKindOfLineEnd(text: string, delimiter: string): string {
  if (!text.includes("\r\n")) return text;
  /** Positions of the carriage returns of CRLFs that end rows. */
  const rowCarriageReturns: number[] = [];
  let bareLineFeeds = 0;
  let inQuotes = false;
  let fieldStart = true;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (inQuotes) {
      if (character === '"') {
        if (text[index + 1] === '"') index++;
        else inQuotes = false;
      }
      continue;
    }
    if (character === '"' && fieldStart) inQuotes = true;
    else if (character === "\n") {
      if (text[index - 1] === "\r") rowCarriageReturns.push(index - 1);
      else bareLineFeeds++;
      fieldStart = true;
      continue;
    }
    fieldStart = character === delimiter;
  }
  if (bareLineFeeds === 0 || rowCarriageReturns.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const position of rowCarriageReturns) {
    parts.push(text.slice(from, position));
    from = position + 1;
  }
  parts.push(text.slice(from));
  return parts.join("");
}
