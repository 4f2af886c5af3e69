// Generates docs/dataset-format.md from the format's Table Schemas (src/dataset/schemas.ts),
// so the documentation cannot drift from what the validator checks. Run: npx tsx scripts/formatDoc.ts
import { fileURLToPath } from "node:url";
import { describeExpected } from "../src/schema/castCell.ts";
import { FORMAT_VERSION, RESOURCES, RESOURCE_NAMES } from "../src/dataset/schemas.ts";
import { writeFileAtomic } from "../src/node/writeFileAtomic.ts";
import { eventStages } from "../src/dataset/vocabularies.ts";
import { frameworks, type Registry } from "../src/frameworks/registry.ts";
import { scaleRange } from "../src/frameworks/scales.ts";
import { STAGE_OF_EVENT } from "../src/frameworks/stage.ts";

/** "`a`, `b` and `c`" */
const list = (items: string[]) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** Each scale range with the frameworks coded on it, from the registry: "0–2 for `three-layers` and `ringrose`; …". */
function scaleSentence(registry: Registry): string {
  const byRange = new Map<string, string[]>();
  for (const framework of Object.values(registry)) {
    if (framework.indicators.length === 0) continue;
    const [low, high] = scaleRange(framework.scale);
    const key = `${low}–${high}`;
    byRange.set(key, [...(byRange.get(key) ?? []), `\`${framework.id}\``]);
  }
  return [...byRange].map(([range, ids]) => `${range} for ${list(ids)}`).join("; ");
}

/** The event stages that are steps of the procedure, in order, and the others. */
function stageSentence(): string {
  const steps = eventStages.codes.filter((code) => STAGE_OF_EVENT[code] !== undefined).map((code) => `\`${code}\``);
  const others = eventStages.codes.filter((code) => STAGE_OF_EVENT[code] === undefined).map((code) => `\`${code}\``);
  return `\`stage\` places an event in the procedure of Permendagri 25/2020 (${steps.join(" → ")}), or is one of ${list(others)}.`;
}

const escape = (text: string) => text.replace(/\|/g, "\\|");

export function formatDoc(): string {
  const lines = [
    "# The dataset format",
    "",
    `Format version ${FORMAT_VERSION}. Generated from \`src/dataset/schemas.ts\` by \`npx tsx scripts/formatDoc.ts\`; do not edit by hand.`,
    "",
    "A dataset is a folder holding a `datapackage.json` ([Frictionless Data Package](https://specs.frictionlessdata.io/data-package/), each resource with its Table Schema) and four CSV files. Write them in any spreadsheet or text editor:",
    "",
    "- UTF-8, with or without a byte-order mark; LF or CRLF line ends, or both in one file (rows appended in another editor are read as they are);",
    "- comma-separated, or semicolon-separated as spreadsheets write them in an Indonesian locale (then numbers may use a decimal comma: `-8,65`);",
    '- quote a cell that holds the delimiter, a quote (doubled: `""`) or a line break;',
    "- every column listed below must be there, in any order (a cell may be empty: an empty cell is a missing value, except in `score`, where a missing score is written `NA`: an empty score is more often one forgotten than one meant missing, so it is reported); a column the format does not name is rejected, so rename or remove it;",
    "- blank lines, and rows whose every cell is empty (the `,,,,` a spreadsheet writes for an empty row at the end), are skipped;",
    "- `portfolio_codings.csv` is the one optional file; `npx paradiplomacy init <folder>` writes an empty dataset with every file and its header.",
    "",
    "Rows in validation messages are spreadsheet rows: the header is row 1. Run `npx paradiplomacy validate <folder>` after every edit.",
    "",
    "Missing data: in `codings.csv`, `NA` means the source is silent. It is never read as 0. An indicator nobody coded is NA too.",
    "",
  ];
  for (const name of RESOURCE_NAMES) {
    const { path, schema, title } = RESOURCES[name];
    lines.push(`## \`${path}\` — ${title.toLowerCase()}`, "");
    if (schema.primaryKey)
      lines.push(
        `Primary key: ${schema.primaryKey.map((field) => `\`${field}\``).join(" + ")} (no two rows may share it).`,
        "",
      );
    for (const key of schema.foreignKeys ?? [])
      lines.push(
        `Reference: \`${key.fields.join(", ")}\` must be an \`${key.reference.fields.join(", ")}\` of \`${RESOURCES[key.reference.resource as keyof typeof RESOURCES].path}\`.`,
        "",
      );
    lines.push("| column | required | accepts | description | example |", "| --- | --- | --- | --- | --- |");
    for (const field of schema.fields)
      lines.push(
        `| \`${field.name}\` | ${field.constraints?.required ? "yes" : ""} | ${escape(describeExpected(field, { missingValues: schema.missingValues }))} | ${escape([field.title, field.description].filter(Boolean).join(". ") + (field.optional ? " A file may leave this column out." : ""))} | ${field.example ? `\`${escape(field.example)}\`` : ""} |`,
      );
    lines.push("");
    if (name === "sources")
      lines.push(
        "Source documents: a dataset may keep its sources' documents in a `sources/` folder beside its CSV files, each named by its `id`, with or without an extension: the source `000_3d052c1bdfd84016.txt` may be `sources/000_3d052c1bdfd84016.txt` or `sources/000_3d052c1bdfd84016.pdf`. Plain text and Markdown (UTF-8), PDF (its text layer) and Word `.docx` are read; `paradiplomacy check-evidence` and `export-qdpx` read them (see [documents.md](documents.md)).",
        "",
      );
  }
  lines.push(
    "## Codebook rules",
    "",
    `Beyond the schemas, every row of \`codings.csv\` must name a known framework and one of its indicators, give a score on that framework's scale (${scaleSentence(frameworks)}) or \`NA\`, and carry \`evidence\` (a short quote) and a \`source\` for any score above 0. The indicators and the anchor of every level are in the codebook: \`npx paradiplomacy codebook\`.`,
    "",
    "Several coders may code the same partnership: each row names its `coder`. Scoring uses one coder (`--coder`) or, by default, the lower median of the coders' scores for each indicator.",
    "",
    "## Events",
    "",
    `${stageSentence()} Only \`realised\` events move a partnership along; \`activity\` events, whatever their status, are the action plans the implementation framework counts.`,
    "",
  );
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  await writeFileAtomic(fileURLToPath(new URL("../docs/dataset-format.md", import.meta.url)), formatDoc());
