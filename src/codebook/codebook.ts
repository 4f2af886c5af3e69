import type { Coding } from "../dataset/types.ts";
import { evidenceKinds } from "../dataset/vocabularies.ts";
import { frameworks, type Registry } from "../frameworks/registry.ts";
import { formatCsv } from "../format/formatCsv.ts";
import type { Bilingual, Language } from "../language.ts";

export interface CodebookExample {
  partnership: string;
  score: number;
  evidence: string;
  source: string;
  locator: string | null;
}

export interface CodebookEntry {
  framework: string;
  frameworkName: Bilingual;
  indicator: string;
  group: string | null;
  name: Bilingual;
  definition: Bilingual;
  anchors: Array<{ value: number; label: Bilingual; anchor: Bilingual }>;
  example: CodebookExample | null;
}

/**
 * The codebook, generated from the frameworks' metadata (never written by
 * hand) with, for each indicator, an example from coded data: the highest
 * scored coding with evidence, first in file order among equals.
 */
export function codebookEntries(codings: readonly Coding[] = [], registry: Registry = frameworks): CodebookEntry[] {
  const examples = new Map<string, CodebookExample>();
  for (const coding of codings) {
    if (coding.score === null || coding.score === 0 || coding.evidence === null || coding.source === null) continue;
    const key = `${coding.framework}\u0000${coding.indicator}`;
    const known = examples.get(key);
    if (known === undefined || coding.score > known.score)
      examples.set(key, {
        partnership: coding.partnership,
        score: coding.score,
        evidence: coding.evidence,
        source: coding.source,
        locator: coding.locator,
      });
  }
  return Object.values(registry).flatMap((framework) => {
    return framework.indicators.map((indicator) => ({
      framework: framework.id,
      frameworkName: framework.name,
      indicator: indicator.id,
      group: indicator.group ?? null,
      name: indicator.name,
      definition: indicator.definition,
      anchors: framework.scale.levels.map((level) => ({
        value: level.value,
        label: level.label,
        anchor: indicator.anchors[level.value]!,
      })),
      example: examples.get(`${framework.id}\u0000${indicator.id}`) ?? null,
    }));
  });
}

/** The codebook as Markdown, in one language, one section per framework. */
export function codebookMarkdown(
  entries: CodebookEntry[],
  language: Language = "en",
  registry: Registry = frameworks,
): string {
  const heading = language === "id" ? "Buku kode" : "Codebook";
  const lines = [`# ${heading}`, "", ...evidenceRules(language)];
  const labels =
    language === "id"
      ? {
          definition: "Definisi",
          example: "Contoh",
          citation: "Sumber kerangka",
          na: "NA: sumber tidak membahas (bukan 0).",
        }
      : {
          definition: "Definition",
          example: "Example",
          citation: "Framework source",
          na: "NA: the source is silent (never 0).",
        };
  for (const framework of Object.values(registry)) {
    lines.push(
      `## ${framework.name[language]} (\`${framework.id}\`)`,
      "",
      framework.description[language],
      "",
      `${labels.citation}: ${framework.citation[language]}`,
      "",
    );
    for (const note of framework.notes) lines.push(`> ${note[language]}`, "");
    const frameworkEntries = entries.filter((entry) => entry.framework === framework.id);
    if (frameworkEntries.length === 0) continue;
    lines.push(labels.na, "");
    for (const entry of frameworkEntries) {
      lines.push(
        `### ${entry.name[language]} (\`${entry.indicator}\`)${entry.group ? ` — ${entry.group}` : ""}`,
        "",
        `${labels.definition}: ${entry.definition[language]}`,
        "",
      );
      for (const anchor of entry.anchors)
        lines.push(`- **${anchor.value}** (${anchor.label[language]}): ${anchor.anchor[language]}`);
      if (entry.example)
        lines.push(
          "",
          `${labels.example} (${entry.example.partnership}, ${entry.example.score}): “${entry.example.evidence}” — ${entry.example.source}${entry.example.locator ? `, ${entry.example.locator}` : ""}`,
        );
      lines.push("");
    }
  }
  return lines.join("\n");
}

/** The codebook as CSV: one row per indicator, both languages, anchors as columns. */
export function codebookCsv(entries: CodebookEntry[]): string {
  const header = [
    "framework",
    "indicator",
    "group",
    "name_id",
    "name_en",
    "definition_id",
    "definition_en",
    "anchor_0_id",
    "anchor_0_en",
    "anchor_1_id",
    "anchor_1_en",
    "anchor_2_id",
    "anchor_2_en",
    "example_partnership",
    "example_score",
    "example_evidence",
    "example_source",
    "example_locator",
  ];
  const rows = entries.map((entry) => {
    const anchor = (value: number, language: Language) =>
      entry.anchors.find((level) => level.value === value)?.anchor[language] ?? null;
    return [
      entry.framework,
      entry.indicator,
      entry.group,
      entry.name.id,
      entry.name.en,
      entry.definition.id,
      entry.definition.en,
      anchor(0, "id"),
      anchor(0, "en"),
      anchor(1, "id"),
      anchor(1, "en"),
      anchor(2, "id"),
      anchor(2, "en"),
      entry.example?.partnership ?? null,
      entry.example?.score ?? null,
      entry.example?.evidence ?? null,
      entry.example?.source ?? null,
      entry.example?.locator ?? null,
    ];
  });
  return formatCsv(header, rows);
}

/** What the codebook says of every coding, whatever the framework: the kinds of evidence and the scope of a statement. */
function evidenceRules(language: Language): string[] {
  const kinds = evidenceKinds.codes.map((code) => `\`${code}\` (${evidenceKinds.labels[code][language]})`).join(", ");
  return language === "id"
    ? [
        `Setiap skor di atas 0 menyebut jenis buktinya (\`evidence_kind\`): ${kinds}. Temuan adalah apa yang dilaporkan sumber; argumen adalah hipotesis atau argumen yang diajukan sumber untuk diuji; sekunder adalah laporan yang dikutip sumber dari studi atau berita lain; inferensi adalah tafsiran pengode.`,
        "",
        "Pernyataan sumber tentang seluruh kerja sama sebuah pemerintah daerah dikode sekali di `portfolio_codings.csv`, tidak disalin ke setiap kerja sama.",
        "",
      ]
    : [
        `Every score above 0 says what kind of evidence it rests on (\`evidence_kind\`): ${kinds}. A finding is what the source reports; an argument is a hypothesis or argument the source puts forward to test; a secondary report is one the source cites from another study or a news item; an inference is the coder's reading.`,
        "",
        "A statement a source makes about all of a local government's partnerships is coded once, in `portfolio_codings.csv`, never copied into each partnership.",
        "",
      ];
}
