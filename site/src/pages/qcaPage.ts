import { formatDecimal } from "../../../src/formatDecimal.ts";
import { chartFontSize } from "../../../src/charts/chartFontSize.ts";
import { qcaDataFromScores, registrySets } from "../../../src/analysis/qcaFromScores.ts";
import { xyPlot } from "../../../src/charts/xyPlot.ts";
import { frameworks } from "../../../src/frameworks/registry.ts";
import { formatProblem } from "../../../src/problem.ts";
import type { QcaData } from "../../../src/qca/qcaData.ts";
import { readQcaTable } from "../../../src/qca/readQcaTable.ts";
import { chartFigure } from "../../../web/chartFigure.ts";
import { element, dataTable } from "../../../web/dom.ts";
import type { PageView } from "../components/page.ts";
import { runAnalysis } from "../workers/runAnalysis.ts";
import type { AnalysisResponse } from "../workers/analysisWorker.ts";
import type { QcaResult } from "../../../src/qca/qca.ts";
import type { Language } from "../../../src/language.ts";

const TEXTS = {
  id: {
    title: "Analisis komparatif kualitatif (QCA)",
    intro:
      "Kombinasi kondisi mana yang menyertai kerja sama yang aktif? Pilih hasil dan kondisi di antara himpunan yang didefinisikan kerangka (skor tengah dikalibrasi 0,33, tidak pernah 0,5), atau unggah tabel. Minimisasi Quine–McCluskey berjalan di Web Worker.",
    outcome: "Hasil",
    conditions: "Kondisi",
    setKey: "Arti setiap himpunan",
    inclCut: "Batas inklusi",
    run: "Jalankan QCA",
    table: "Atau unggah tabel (kolom case, kondisi, hasil)",
    outcomeColumn: "Kolom hasil",
    fuzzy: "Keanggotaan fuzzy",
    running: "Menghitung…",
    leftOut: (list: string) => `Ditinggalkan karena NA: ${list}.`,
    truthTable: "Tabel kebenaran",
    conservative: "Solusi konservatif",
    parsimonious: "Solusi parsimonius",
    none: "tidak ada: tidak ada konfigurasi yang cukup",
    incomplete: "Pencarian berhenti pada batasnya: solusi terkecil yang ditemukan, belum terbukti minimal.",
    xy: (expression: string) => `Plot XY: ${expression}`,
    xySummary:
      "Setiap kasus pada keanggotaannya dalam solusi (x) dan hasil (y); kasus di atas diagonal konsisten dengan kecukupan.",
    cases: "kasus",
    few: "Dengan sedikit kasus, QCA menunjukkan pola pada kasus-kasus ini, bukan hukum umum.",
    tableKey: "Arti kolom tabel kebenaran",
    solutionKey: "Arti angka solusi",
    abbreviations: (cut: string, half: string) => ({
      OUT: `Hasil konfigurasi: 1 bila inklusinya (incl) mencapai batas inklusi ${cut}, 0 bila tidak.`,
      n: `Jumlah kasus dalam konfigurasi: kasus yang keanggotaannya di dalamnya di atas ${half}.`,
      incl: "Inklusi (konsistensi kecukupan): sejauh mana keanggotaan dalam konfigurasi atau solusi termuat dalam keanggotaan hasil, Σmin(X, Y) / ΣX; 1 berarti sepenuhnya.",
      PRI: "Proportional reduction in inconsistency: inklusi setelah menyisihkan keanggotaan yang juga cukup bagi bukan-hasil; jauh di bawah incl berarti konfigurasi itu juga menyertai ketiadaan hasil.",
      cov: "Cakupan (coverage): seberapa banyak keanggotaan hasil yang dijelaskan solusi, Σmin(X, Y) / ΣY.",
      M: "M1, M2…: model-model solusi yang sama baiknya; * berarti dan, → berarti cukup untuk.",
    }),
  },
  en: {
    title: "Qualitative Comparative Analysis (QCA)",
    intro:
      "Which combinations of conditions go with an active partnership? Choose the outcome and conditions among the sets the frameworks define (a middle score is calibrated to 0.33, never 0.5), or upload a table. The Quine–McCluskey minimisation runs in a Web Worker.",
    outcome: "Outcome",
    conditions: "Conditions",
    setKey: "What each set means",
    inclCut: "Inclusion cut",
    run: "Run QCA",
    table: "Or upload a table (columns case, conditions, outcome)",
    outcomeColumn: "Outcome column",
    fuzzy: "Fuzzy memberships",
    running: "Computing…",
    leftOut: (list: string) => `Left out for NA: ${list}.`,
    truthTable: "Truth table",
    conservative: "Conservative solution",
    parsimonious: "Parsimonious solution",
    none: "none: no configuration is sufficient",
    incomplete: "The search stopped at its budget: the smallest solutions found, not proven minimal.",
    xy: (expression: string) => `XY plot: ${expression}`,
    xySummary:
      "Each case at its membership in the solution (x) and the outcome (y); cases above the diagonal are consistent with sufficiency.",
    cases: "cases",
    few: "With few cases, QCA shows patterns among these cases, not general laws.",
    tableKey: "What the truth table's columns mean",
    solutionKey: "What the solutions' figures mean",
    abbreviations: (cut: string, half: string) => ({
      OUT: `The configuration's outcome: 1 when its inclusion (incl) reaches the inclusion cut of ${cut}, 0 when not.`,
      n: `Number of cases in the configuration: the cases whose membership in it is above ${half}.`,
      incl: "Inclusion (consistency of sufficiency): how far membership in the configuration or solution lies within membership in the outcome, Σmin(X, Y) / ΣX; 1 is fully.",
      PRI: "Proportional reduction in inconsistency: inclusion once the membership that is also sufficient for the outcome's absence is set aside; far below incl means the configuration goes with the outcome's absence too.",
      cov: "Coverage: how much of the outcome's membership the solution accounts for, Σmin(X, Y) / ΣY.",
      M: "M1, M2…: equally good models of the solution; * means and, → means is sufficient for.",
    }),
  },
} as const;

/** A QCA parameter (inclusion, PRI, coverage) to three decimals, with the language's decimal sign. */
const number = (value: number | null, language: Language) =>
  value === null ? "NA" : formatDecimal(value, 3, language);

type QcaResponse = Extract<AnalysisResponse, { type: "qca" }>;

/** A case's name as a reader knows it (Denpasar – Mossel Bay); an uploaded table's cases keep their own. */
type CaseName = (id: string) => string;

/** The meaning of each short name of a truth table or a solution (OUT, n, incl, PRI, cov), spelled out where it appears. */
function abbreviationKey(
  title: string,
  names: ReadonlyArray<"OUT" | "n" | "incl" | "PRI" | "cov" | "M">,
  inclCut: number,
  language: Language,
): HTMLElement {
  const meaning = TEXTS[language].abbreviations(formatDecimal(inclCut, 2, language), formatDecimal(0.5, 1, language));
  return element("details", { className: "set-key abbreviation-key", attributes: { open: "" } }, [
    element("summary", { text: title }),
    element(
      "dl",
      {},
      names.flatMap((name) => [
        element("dt", { text: name === "M" ? "M1 · * · →" : name }),
        element("dd", { text: meaning[name] }),
      ]),
    ),
  ]);
}

/** The truth table: one row per configuration with its outcome, cases, inclusion and PRI. */
function truthTable(data: QcaData, result: QcaResult, caseName: CaseName, language: Language): HTMLElement {
  const texts = TEXTS[language];
  return dataTable(
    texts.truthTable,
    [...data.conditions, "OUT", "n", "incl", "PRI", texts.cases],
    result.truth_table.map((row) =>
      element("tr", {}, [
        ...row.configuration.map((value) => element("td", { text: String(value) })),
        element("td", { text: String(row.outcome) }),
        element("td", { text: String(row.n), className: "number" }),
        element("td", { text: number(row.inclusion, language), className: "number" }),
        element("td", { text: number(row.pri, language), className: "number" }),
        element("td", { text: row.cases.map(caseName).join(", ") }),
      ]),
    ),
    "truth-table",
  );
}

/** The conservative and parsimonious solutions, each model with its inclusion, PRI and coverage. */
function solutionsView(data: QcaData, result: QcaResult, language: Language): HTMLElement[] {
  const texts = TEXTS[language];
  return (["conservative", "parsimonious"] as const).map((kind) =>
    element("section", { className: `solutions ${kind}` }, [
      element("h3", { text: texts[kind] }),
      ...(result.complete[kind] ? [] : [element("p", { className: "note", text: texts.incomplete })]),
      ...(result.solutions[kind].length === 0
        ? [element("p", { text: texts.none })]
        : result.solutions[kind].map((solution, index) =>
            element("div", { className: "solution" }, [
              element("p", {
                className: "expression",
                text: `M${index + 1}: ${solution.expression} → ${data.outcomeName}`,
              }),
              element("p", {
                className: "note",
                text: `incl ${number(solution.inclusion, language)} · PRI ${number(solution.pri, language)} · cov ${number(solution.coverage, language)}`,
              }),
            ]),
          )),
    ]),
  );
}

/** The XY plot of the first solution's membership against the outcome (none when there is no solution). */
function xyView(
  data: QcaData,
  response: QcaResponse,
  { width, caseName, language }: { width: number; caseName: CaseName; language: Language },
): HTMLElement[] {
  const { xy, xyExpression } = response;
  if (xy === null || xyExpression === null) return [];
  const texts = TEXTS[language];
  return [
    chartFigure(
      xyPlot(
        data.cases.map((id, index) => ({ case: caseName(id), x: xy[index]!, y: data.outcome[index]! })),
        {
          width: Math.min(width, 560),
          fontSize: chartFontSize(width),
          xLabel: xyExpression,
          yLabel: data.outcomeName,
          ariaLabel: texts.xy(xyExpression),
        },
      ),
      {
        name: "qca-xy",
        title: texts.xy(xyExpression),
        summary: texts.xySummary,
        language,
        data: {
          header: ["case", "name", "solution", "outcome"],
          rows: data.cases.map((id, index) => [id, caseName(id), xy[index]!, data.outcome[index]!]),
        },
      },
    ),
  ];
}

/** What a QCA run shows: the cases left out, a caution, the truth table, the solutions and the XY plot. */
function qcaResultView(
  data: QcaData,
  response: QcaResponse,
  leftOut: string[],
  { width, caseName, inclCut, language }: { width: number; caseName: CaseName; inclCut: number; language: Language },
): HTMLElement[] {
  const texts = TEXTS[language];
  return [
    ...(leftOut.length > 0
      ? [element("p", { className: "note", text: texts.leftOut(leftOut.map(caseName).join(", ")) })]
      : []),
    element("p", { className: "note", text: texts.few }),
    element("h3", { text: texts.truthTable }),
    truthTable(data, response.result, caseName, language),
    abbreviationKey(texts.tableKey, ["OUT", "n", "incl", "PRI"], inclCut, language),
    ...solutionsView(data, response.result, language),
    abbreviationKey(texts.solutionKey, ["M", "incl", "PRI", "cov"], inclCut, language),
    ...xyView(data, response, { width, caseName, language }),
  ];
}

/** The QCA page: conditions and outcome among the frameworks' sets (or an uploaded table), the truth table, the solutions and an XY plot. */
export const qcaPage: PageView = (state, { scores }, { width }) => {
  const language = state.language;
  const texts = TEXTS[language];
  const sets = registrySets(frameworks);
  const outcome = element(
    "select",
    { attributes: { name: "outcome", "aria-label": texts.outcome } },
    sets.map(({ set }) =>
      element("option", { text: set.name, attributes: { value: set.name, title: set.description[language] } }),
    ),
  );
  outcome.value = sets.some(({ set }) => set.name === "ACTIVE") ? "ACTIVE" : sets[0]!.set.name;
  const conditionBoxes = sets.map(({ set }) => {
    const box = element("input", { attributes: { type: "checkbox", name: "condition", value: set.name } });
    box.checked = ["COM", "REC"].includes(set.name);
    return element("label", { attributes: { title: set.description[language] } }, [
      box,
      element("span", { text: set.name }),
    ]);
  });
  const inclCut = element("input", {
    attributes: {
      type: "number",
      name: "incl-cut",
      min: "0.5",
      max: "1",
      step: "0.05",
      value: "0.8",
      "aria-label": texts.inclCut,
    },
  });
  const file = element("input", {
    attributes: { type: "file", accept: ".csv", name: "qca-table", "aria-label": texts.table },
  });
  const outcomeColumn = element("input", {
    attributes: { type: "text", name: "outcome-column", "aria-label": texts.outcomeColumn },
  });
  const fuzzy = element("input", { attributes: { type: "checkbox", name: "fuzzy" } });
  const output = element("div", { className: "qca-output", attributes: { "aria-live": "polite" } });
  const run = element("button", { text: texts.run, attributes: { type: "button", class: "run-qca" } });

  const show = async (data: QcaData, leftOut: string[], caseName: CaseName) => {
    output.replaceChildren(element("p", { text: texts.running }));
    const cut = Number(inclCut.value) || 0.8;
    const response = await runAnalysis({ type: "qca", data, inclCut: cut, nCut: 1 });
    if (response.type === "error")
      return output.replaceChildren(element("p", { className: "error", text: response.message }));
    if (response.type !== "qca") return;
    output.replaceChildren(...qcaResultView(data, response, leftOut, { width, caseName, inclCut: cut, language }));
  };

  run.addEventListener("click", async () => {
    const chosen = conditionBoxes
      .map((label) => label.querySelector("input")!)
      .filter((box) => box.checked)
      .map((box) => box.value);
    const upload = file.files?.[0];
    if (upload !== undefined) {
      const { data, problems } = readQcaTable(await upload.text(), upload.name, {
        outcome: outcomeColumn.value.trim(),
        fuzzy: fuzzy.checked,
      });
      if (problems.length > 0)
        return output.replaceChildren(
          element(
            "ul",
            { className: "problems" },
            problems.slice(0, 100).map((problem) => element("li", { text: formatProblem(problem) })),
          ),
        );
      return show(data, [], (id) => id);
    }
    try {
      const { data, leftOut } = qcaDataFromScores(scores, {
        outcome: outcome.value,
        conditions: chosen.filter((name) => name !== outcome.value),
        registry: frameworks,
      });
      // Cases by the names a reader knows them by, as on the cases page (Denpasar – Mossel Bay), not by their ids.
      const names = new Map(
        scores.map(({ partnership }) => [partnership.id, `${partnership.local_government} – ${partnership.partner}`]),
      );
      await show(
        data,
        leftOut.map((entry) => entry.case),
        (id) => names.get(id) ?? id,
      );
    } catch (error) {
      output.replaceChildren(element("p", { className: "error", text: (error as Error).message }));
    }
  });

  return element("div", { className: "qca-page" }, [
    element("h2", { text: texts.title }),
    element("p", { className: "note", text: texts.intro }),
    element("label", {}, [element("span", { text: `${texts.outcome}: ` }), outcome]),
    element("fieldset", { className: "conditions" }, [
      element("legend", { text: texts.conditions }),
      ...conditionBoxes,
    ]),
    // The sets' names are QCA's short upper-case ones (COM, PAR, ACTIVE): each spelled out, as the tables and
    // solutions below write them.
    element("details", { className: "set-key", attributes: { open: "" } }, [
      element("summary", { text: texts.setKey }),
      element(
        "dl",
        {},
        sets.flatMap(({ set }) => [
          element("dt", { text: set.name }),
          element("dd", { text: set.description[language] }),
        ]),
      ),
    ]),
    element("label", {}, [element("span", { text: `${texts.inclCut}: ` }), inclCut]),
    element("fieldset", { className: "qca-upload" }, [
      element("legend", { text: texts.table }),
      file,
      element("label", {}, [element("span", { text: `${texts.outcomeColumn}: ` }), outcomeColumn]),
      element("label", {}, [fuzzy, element("span", { text: ` ${texts.fuzzy}` })]),
    ]),
    run,
    output,
  ]);
};
