// Generates docs/sources.md from the shipped dataset's sources.csv, so that the list of sources, their bibliographic
// details and their addresses cannot drift from the data. Run: npx tsx scripts/sourcesDoc.ts
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RESOURCES } from "../src/dataset/schemas.ts";
import type { Source } from "../src/dataset/types.ts";
import { readTable } from "../src/schema/readTable.ts";
import { writeFileAtomic } from "../src/node/writeFileAtomic.ts";

const SOURCES = fileURLToPath(new URL("../datasets/indonesia/sources.csv", import.meta.url));

export function sourcesDoc(text = readFileSync(SOURCES, "utf8")): string {
  const sources = readTable<Source>(text, "sources.csv", RESOURCES.sources.schema).rows;
  const data = sources.filter((source) => source.type === "dataset").map((source) => `\`${source.id}\``);
  const lines = [
    "# The sources of the shipped dataset",
    "",
    "Generated from `datasets/indonesia/sources.csv` by `npx tsx scripts/sourcesDoc.ts`; do not edit by hand.",
    "",
    `Every score and event in \`datasets/indonesia\` cites one of the documents below by its id, with a locator (a section, a page or a short quote)${data.length > 0 ? `; the data set${data.length > 1 ? "s" : ""} ${data.join(", ")} give${data.length > 1 ? "" : "s"} coordinates only` : ""}. The documents' texts are not distributed with the toolkit. To check the shipped quotes against them, obtain each document (its address is given where one is known), save its text as plain text or Markdown in a folder, in a file named as its id, and run (the command is not run by the documentation's tests, which do not have the texts):`,
    "",
    "```sh norun",
    'npx paradiplomacy check-evidence "$(npx paradiplomacy data-path)" --sources my-sources',
    "```",
    "",
    "(That command needs the documents, which a test cannot have, so it is not run here.) Without the texts, it says, once per source, that the source has no document in the folder and how many quotes cite it; an empty folder shows it:",
    "",
    "```sh",
    "mkdir -p empty-folder",
    'npx paradiplomacy check-evidence datasets/indonesia --sources empty-folder || echo "exit status $?"',
    "```",
    "",
    "```text output",
    "```",
    "",
    "The quotes themselves are in `codings.csv`, `events.csv` and `portfolio_codings.csv`, each with its locator.",
    "",
  ];
  for (const source of sources) {
    lines.push(`## \`${source.id}\``, "", source.citation, "");
    const facts: Array<[string, string | null]> = [
      ["Type", source.type],
      ["Authors", source.authors ?? "not stated in the document"],
      ["Year", source.year === null ? "not stated in the document (cited as n.d.)" : String(source.year)],
      ["Describes the state as of", source.as_of],
      ["Title", source.title],
      ["Journal, institution or site", source.container],
      ["Language", source.language],
      ["Address", source.url ?? "none known"],
      ["Note", source.note],
    ];
    for (const [label, value] of facts) if (value !== null) lines.push(`- ${label}: ${value}`);
    lines.push("");
  }
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  await writeFileAtomic(fileURLToPath(new URL("../docs/sources.md", import.meta.url)), sourcesDoc());
