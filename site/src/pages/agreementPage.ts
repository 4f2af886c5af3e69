import type { Coding } from "../../../src/dataset/types.ts";
import { RESOURCES } from "../../../src/dataset/schemas.ts";
import { formatCsv } from "../../../src/format/formatCsv.ts";
import { frameworks, type Registry } from "../../../src/frameworks/registry.ts";
import { formatProblem } from "../../../src/problem.ts";
import {
  codingReliability,
  type AgreementRow,
  type CodingReliability,
  type Disagreement,
} from "../../../src/reliability/codingReliability.ts";
import { draftFiles, filesToTexts, type Draft } from "../../../src/workbench/draft.ts";
import { importFiles, usableRows } from "../../../src/workbench/importFiles.ts";
import { downloadFile, element, dataTable } from "../../../web/dom.ts";
import type { PageView } from "../components/page.ts";
import { storage } from "../model/storage.ts";

const TEXTS = {
  id: {
    title: "Kesepakatan antarpengode",
    intro:
      "Pilih draf atau berkas dua pengode atau lebih (ZIP dataset atau codings.csv). Alfa Krippendorff dengan selang bootstrap 95% (Hayes & Krippendorff 2007), per kerangka dan indikator; lalu setiap ketidaksepakatan dengan bukti kedua pengode.",
    drafts: "Draf di peramban ini",
    files: "Berkas pengode",
    compute: "Hitung kesepakatan",
    needTwo: "Kesepakatan butuh sedikitnya dua pengode.",
    columns: ["Cakupan", "Kerangka", "Indikator", "Tingkat", "Unit", "Alfa", "Selang 95%", "Persen sepakat", "Kappa"],
    scope: { indicator: "indikator", framework: "kerangka", overall: "keseluruhan" },
    disagreements: (count: number) => `${count} ketidaksepakatan untuk diselesaikan`,
    none: "Tidak ada ketidaksepakatan.",
    resolution: "Keputusan",
    unresolved: "belum diputuskan",
    take: (coder: string, score: string) => `ambil ${coder}: ${score}`,
    noteLabel: "Catatan keputusan",
    export: "Unduh koding hasil keputusan (codings.csv)",
    exported: (kept: number, open: number) =>
      `${kept} koding diekspor; ${open} ketidaksepakatan belum diputuskan dan ditinggalkan.`,
    skipped: (count: number) => `${count} koding ganda (pengode yang sama, indikator yang sama) diabaikan.`,
    score: "Skor",
    kind: "Jenis bukti",
    evidence: "Bukti",
    source: "Sumber",
  },
  en: {
    title: "Inter-coder agreement",
    intro:
      "Pick the drafts or files of two or more coders (dataset ZIPs or codings.csv). Krippendorff's alpha with its 95% bootstrap interval (Hayes & Krippendorff 2007), per framework and indicator; then every disagreement with both coders' evidence.",
    drafts: "Drafts in this browser",
    files: "Coders' files",
    compute: "Compute agreement",
    needTwo: "Agreement needs at least two coders.",
    columns: [
      "Scope",
      "Framework",
      "Indicator",
      "Level",
      "Units",
      "Alpha",
      "95% interval",
      "Percent agreement",
      "Kappa",
    ],
    scope: { indicator: "indicator", framework: "framework", overall: "overall" },
    disagreements: (count: number) => `${count} disagreement${count === 1 ? "" : "s"} to resolve`,
    none: "No disagreements.",
    resolution: "Resolution",
    unresolved: "not resolved",
    take: (coder: string, score: string) => `take ${coder}: ${score}`,
    noteLabel: "Note on the resolution",
    export: "Download the resolved coding (codings.csv)",
    exported: (kept: number, open: number) => `${kept} codings exported; ${open} unresolved disagreements left out.`,
    skipped: (count: number) => `${count} repeated codings (the same coder, the same indicator) ignored.`,
    score: "Score",
    kind: "Kind of evidence",
    evidence: "Evidence",
    source: "Source",
  },
} as const;

type Texts = (typeof TEXTS)[keyof typeof TEXTS];

const unitKey = (coding: { partnership: string; framework: string; indicator: string }) =>
  `${coding.partnership}\u0000${coding.framework}\u0000${coding.indicator}`;
const scoreText = (score: number | null) => (score === null ? "NA" : String(score));
const number = (value: number | null) => (value === null ? "NA" : value.toFixed(3));

/** How each disagreement was resolved: the chosen score ("NA" or a number as text), and a note. Kept while the page is open. */
const resolutions = new Map<string, { score: string; note: string }>();

function agreementTable(
  result: CodingReliability,
  registry: Registry,
  language: "id" | "en",
  texts: Texts,
): HTMLElement {
  const name = (row: AgreementRow) => {
    const framework = row.framework === null ? undefined : registry[row.framework];
    const indicator = framework?.indicators.find((candidate) => candidate.id === row.indicator);
    return [framework?.name[language] ?? "", indicator?.name[language] ?? ""];
  };
  return dataTable(
    texts.title,
    texts.columns,
    result.agreement.map((row) => {
      const [framework, indicator] = name(row);
      return element("tr", { className: `scope-${row.scope}`, attributes: { "data-scope": row.scope } }, [
        element("td", { text: texts.scope[row.scope] }),
        element("td", { text: framework! }),
        element("td", { text: indicator! }),
        element("td", { text: row.level }),
        element("td", { text: String(row.units), className: "number" }),
        element("td", { text: number(row.alpha), className: "number alpha" }),
        element("td", {
          text: row.ci === null ? "NA" : `[${number(row.ci[0])}, ${number(row.ci[1])}]`,
          className: "number",
        }),
        element("td", {
          text: row.percent_agreement === null ? "NA" : `${(row.percent_agreement * 100).toFixed(0)}%`,
          className: "number",
        }),
        element("td", { text: number(row.cohen_kappa ?? row.fleiss_kappa), className: "number" }),
      ]);
    }),
    "agreement",
  );
}

function disagreementCard(
  disagreement: Disagreement,
  registry: Registry,
  language: "id" | "en",
  texts: Texts,
): HTMLElement {
  const framework = registry[disagreement.framework];
  const indicator = framework?.indicators.find((candidate) => candidate.id === disagreement.indicator);
  const key = unitKey(disagreement);
  const resolution = resolutions.get(key) ?? { score: "", note: "" };
  const levels = framework?.scale.levels.map((level) => String(level.value)) ?? [];
  const select = element("select", { attributes: { name: "resolution", "aria-label": texts.resolution } }, [
    element("option", { text: texts.unresolved, attributes: { value: "" } }),
    ...disagreement.judgements.map((judgement) =>
      element("option", {
        text: texts.take(judgement.coder, scoreText(judgement.score)),
        attributes: { value: `coder:${judgement.coder}` },
      }),
    ),
    ...["NA", ...levels].map((score) => element("option", { text: score, attributes: { value: score } })),
  ]);
  select.value = resolution.score;
  const note = element("input", {
    attributes: { type: "text", name: "resolution-note", "aria-label": texts.noteLabel },
  });
  note.value = resolution.note;
  const save = () => resolutions.set(key, { score: select.value, note: note.value });
  select.addEventListener("change", save);
  note.addEventListener("input", save);
  return element("article", { className: "disagreement", attributes: { "data-unit": key.replaceAll("\u0000", "/") } }, [
    element("h4", {
      text: `${disagreement.partnership} · ${framework?.name[language] ?? disagreement.framework}: ${indicator?.name[language] ?? disagreement.indicator}`,
    }),
    element(
      "div",
      { className: "judgements" },
      disagreement.judgements.map((judgement) =>
        element("section", { className: "judgement" }, [
          element("h5", { text: judgement.coder }),
          element("p", { text: `${texts.score}: ${scoreText(judgement.score)}` }),
          element("p", { text: `${texts.kind}: ${judgement.evidence_kind ?? "—"}` }),
          element("blockquote", { text: judgement.evidence ?? "—" }),
          element("p", {
            className: "note",
            text: `${texts.source}: ${judgement.source ?? "—"}${judgement.locator ? `, ${judgement.locator}` : ""}`,
          }),
        ]),
      ),
    ),
    element("label", {}, [element("span", { text: `${texts.resolution}: ` }), select]),
    element("label", {}, [element("span", { text: `${texts.noteLabel}: ` }), note]),
  ]);
}

/**
 * The resolved coding: every unit the coders agreed on, and every resolved
 * disagreement, as one coding under the coder "consensus" (the chosen
 * coder's evidence, or the first coder's when a score was typed); unresolved
 * disagreements are left out and counted.
 */
function resolvedCodings(codings: readonly Coding[], result: CodingReliability): { rows: Coding[]; open: number } {
  const byUnit = new Map<string, Coding[]>();
  for (const coding of codings) byUnit.set(unitKey(coding), [...(byUnit.get(unitKey(coding)) ?? []), coding]);
  const disagreeing = new Set(result.disagreements.map(unitKey));
  const rows: Coding[] = [];
  let open = 0;
  for (const [key, unit] of byUnit) {
    const sorted = [...unit].sort((a, b) => (a.coder < b.coder ? -1 : 1));
    if (!disagreeing.has(key)) {
      rows.push({ ...sorted[0]!, coder: "consensus" });
      continue;
    }
    const resolution = resolutions.get(key);
    if (resolution === undefined || resolution.score === "") {
      open++;
      continue;
    }
    const chosen = resolution.score.startsWith("coder:")
      ? sorted.find((coding) => coding.coder === resolution.score.slice("coder:".length))!
      : (sorted.find((coding) => scoreText(coding.score) === resolution.score) ?? sorted[0]!);
    const score = resolution.score.startsWith("coder:")
      ? chosen.score
      : resolution.score === "NA"
        ? null
        : Number(resolution.score);
    const note = [chosen.note, resolution.note].filter(Boolean).join(" — ") || null;
    rows.push({ ...chosen, score, coder: "consensus", note });
  }
  return { rows, open };
}

function codingsCsv(rows: readonly Coding[]): string {
  const fields = RESOURCES.codings.schema.fields.map((field) => field.name);
  return formatCsv(
    fields,
    rows.map((row) =>
      fields.map((field) => {
        const value = row[field as keyof Coding];
        return field === "score" ? scoreText(value as number | null) : ((value as string | null) ?? "");
      }),
    ),
    { escapeFormulae: false },
  );
}

/** The agreement page: pick two coders' drafts or files, see alpha with its interval, resolve the disagreements, export. */
export const agreementPage: PageView = (state) => {
  const language = state.language;
  const texts = TEXTS[language];
  const registry: Registry = frameworks;
  const draftBoxes = element("fieldset", { className: "draft-picks" }, [element("legend", { text: texts.drafts })]);
  const fileInput = element("input", {
    attributes: { type: "file", multiple: "", accept: ".zip,.csv", "aria-label": texts.files, name: "coder-files" },
  });
  const output = element("div", { className: "agreement-output", attributes: { "aria-live": "polite" } });
  let drafts: Draft[] = [];
  void storage
    .drafts()
    .catch(() => [])
    .then((list) => {
      drafts = list;
      draftBoxes.append(
        ...list.map((draft) => {
          const box = element("input", { attributes: { type: "checkbox", value: draft.id, name: "draft" } });
          return element("label", {}, [box, element("span", { text: ` ${draft.name} (${draft.coder || "—"})` })]);
        }),
      );
    });
  const compute = element("button", { text: texts.compute, attributes: { type: "button", class: "compute" } });
  compute.addEventListener("click", async () => {
    const codings: Coding[] = [];
    const problems: string[] = [];
    const chosen = [...draftBoxes.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => box.value);
    for (const draft of drafts.filter((candidate) => chosen.includes(candidate.id)))
      codings.push(...usableRows(filesToTexts(draftFiles([draft]))).reading.dataset.codings);
    for (const file of fileInput.files ?? []) {
      const result = importFiles([{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }]);
      problems.push(...result.problems.map(formatProblem));
      codings.push(...result.reading.dataset.codings);
    }
    // One coding per coder and unit: a repeated one (the same draft picked twice, say) is ignored and counted.
    const seen = new Set<string>();
    const unique = codings.filter((coding) => {
      const key = `${unitKey(coding)}\u0000${coding.coder}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const result = codingReliability(unique, { registry, draws: 1000, seed: 1 });
    if (result.coders.length < 2) {
      output.replaceChildren(element("p", { className: "error", text: texts.needTwo }));
      return;
    }
    const exportButton = element("button", { text: texts.export, attributes: { type: "button", class: "export" } });
    const exportNote = element("p", { className: "note", attributes: { role: "status" } });
    exportButton.addEventListener("click", () => {
      const { rows, open } = resolvedCodings(unique, result);
      downloadFile("codings.csv", codingsCsv(rows), "text/csv");
      exportNote.textContent = texts.exported(rows.length, open);
    });
    output.replaceChildren(
      ...(problems.length > 0
        ? [
            element(
              "ul",
              { className: "problems" },
              problems.slice(0, 100).map((text) => element("li", { text })),
            ),
          ]
        : []),
      ...(codings.length > unique.length
        ? [element("p", { className: "note", text: texts.skipped(codings.length - unique.length) })]
        : []),
      element("p", { text: result.coders.join(", ") }),
      agreementTable(result, registry, language, texts),
      element("h3", {
        text: result.disagreements.length === 0 ? texts.none : texts.disagreements(result.disagreements.length),
      }),
      ...result.disagreements.map((disagreement) => disagreementCard(disagreement, registry, language, texts)),
      exportButton,
      exportNote,
    );
  });
  return element("div", { className: "agreement-page" }, [
    element("h2", { text: texts.title }),
    element("p", { className: "note", text: texts.intro }),
    draftBoxes,
    element("label", { className: "file-choice" }, [element("span", { text: `${texts.files}: ` }), fileInput]),
    compute,
    output,
  ]);
};
