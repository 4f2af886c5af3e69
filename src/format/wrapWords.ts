/**
 * Text broken at white space into lines of at most `width` characters (a word longer than that keeps its own line;
 * runs of spaces and line breaks count as one space).
 * @example wrapWords("a b c", 3) // ["a b", "c"]
 * @example wrapWords(" a\n  b ", 9) // ["a b"]
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}
