import { frameworks, type Registry } from "../frameworks/registry.ts";
import type { Language } from "../language.ts";

export interface RefiQdaCodebookOptions {
  /** Language of the codes' names and descriptions (default "en"). */
  language?: Language;
  /** The `origin` attribute: the program that wrote the file (default "paradiplomacy"). */
  origin?: string;
  /** The frameworks (default: the toolkit's). */
  registry?: Registry;
}

/** What a codable code's name starts with, so that a coded segment comes back as a coding: `framework/indicator=score`. */
export function refiQdaCodeKey(framework: string, indicator: string, score: number): string {
  return `${framework}/${indicator}=${score}`;
}

/** Reads a code name written by `refiQdaCodebook` back into its framework, indicator and score; null for any other name. */
export function parseRefiQdaCodeKey(name: string): { framework: string; indicator: string; score: number } | null {
  const match = /^([a-z0-9-]+)\/([a-z0-9_]+)=(\d+)(?:\s|$)/.exec(name);
  return match === null ? null : { framework: match[1]!, indicator: match[2]!, score: Number(match[3]) };
}

/**
 * A GUID derived from a text, so that the same code keeps the same GUID in
 * every export and a QDA program re-importing a newer codebook matches its
 * codes: FNV-1a over the text with four seeds, laid out as a version-8
 * (custom) UUID of RFC 9562.
 */
export function stableGuid(text: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let hash = seed >>> 0;
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, "0");
  });
  const hex = words.join("");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const escapeXml = (text: string) =>
  text
    // Characters XML 1.0 cannot carry at all.
    // eslint-disable-next-line no-control-regex -- removing control characters is this pattern's purpose
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/**
 * The `<Code>` elements of the codebook, one per line, indented by
 * `indent`: the same codes, names and GUIDs in a codebook (`.qdc`) and in a
 * project (`.qdpx`), whose namespaces differ but whose codes are alike.
 */
export function refiQdaCodes(options: RefiQdaCodebookOptions = {}, indent = "    "): string[] {
  const language = options.language ?? "en";
  const registry: Registry = options.registry ?? frameworks;
  const lines: string[] = [];
  const code = (
    indent: string,
    key: string,
    name: string,
    codable: boolean,
    description: string,
    children: string[],
  ) => [
    `${indent}<Code guid="${refiQdaCodeGuid(key)}" name="${escapeXml(name)}" isCodable="${codable}">`,
    `${indent}  <Description>${escapeXml(description)}</Description>`,
    ...children,
    `${indent}</Code>`,
  ];
  for (const [id, framework] of Object.entries(registry)) {
    const indicators = framework.indicators.flatMap((indicator) =>
      code(
        `${indent}  `,
        `${id}/${indicator.id}`,
        `${id}/${indicator.id}: ${indicator.name[language]}`,
        false,
        indicator.definition[language],
        framework.scale.levels.flatMap((level) =>
          code(
            `${indent}    `,
            refiQdaCodeKey(id, indicator.id, level.value),
            `${refiQdaCodeKey(id, indicator.id, level.value)} ${indicator.name[language]}: ${level.label[language]}`,
            true,
            indicator.anchors[level.value]?.[language] ?? level.label[language],
            [],
          ),
        ),
      ),
    );
    lines.push(
      ...code(
        indent,
        id,
        framework.name[language],
        false,
        `${framework.description[language]} (${framework.citation[language]})`,
        indicators,
      ),
    );
  }
  return lines;
}

/** The GUID of the code with a key (`ringrose`, `ringrose/commitment`, `ringrose/commitment=2`), the same in every export. */
export function refiQdaCodeGuid(key: string): string {
  return stableGuid(`paradiplomacy:${key}`);
}

/**
 * The codebook in the REFI-QDA codebook exchange format (`.qdc`, QDA-XML
 * codebook 1.0), which ATLAS.ti, NVivo, MAXQDA and QualCoder import: one
 * code per framework (not codable), one per indicator beneath it (not
 * codable, its definition as description), and one codable code per level of
 * the indicator's scale, its anchor as description. Each codable code's name
 * starts with `framework/indicator=score` (`refiQdaCodeKey`), so that a coded
 * segment exported from the QDA program becomes a row of codings.csv: the
 * segment's text is the evidence. NA has no code: a source that is silent
 * has no segment to code.
 */
export function refiQdaCodebook(options: RefiQdaCodebookOptions = {}): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="${escapeXml(options.origin ?? "paradiplomacy")}">`,
    "  <Codes>",
    ...refiQdaCodes(options, "    "),
  ];
  lines.push("  </Codes>", "</CodeBook>", "");
  return lines.join("\n");
}
