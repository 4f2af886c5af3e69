/**
 * Text broken at spaces into lines of at most `width` characters (a word longer than that keeps its own line).
 * @example wrapWords("a b c", 3) // ["a b", "c"]
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}
