import { formatDecimal } from "../../../src/formatDecimal.ts";
import { measureTable } from "../../../src/analysis/partnershipMeasures.ts";
import { correlationHeatmap, heatmapCells } from "../../../src/charts/correlationHeatmap.ts";
import { groupDotPlot, groupRowLabel } from "../../../src/charts/groupDotPlot.ts";
import { codeLabel } from "../../../src/frameworks/codeLabel.ts";
import { fieldTitle } from "../../../src/dataset/fieldTitles.ts";
import type { Dataset } from "../../../src/dataset/types.ts";
import type { Language } from "../../../src/language.ts";
import type { PartnershipScore } from "../../../src/score/scoreDataset.ts";
import { chartFigure } from "../../../web/chartFigure.ts";
import { element } from "../../../web/dom.ts";
import type { AnalysisResponse } from "../workers/analysisWorker.ts";
import { runAnalysis } from "../workers/runAnalysis.ts";

/** The columns of partnerships.csv the page offers to group by, and the measure shown first. */
const GROUP_COLUMNS = ["kind", "local_government_level", "status"] as const;
const MIN_N = 5;
const DRAWS = 10_000;
/** The worker's answers per set of scores and grouping column: a page drawn again does not compute them again. */
const analysisCache = new WeakMap<object, Map<string, Promise<AnalysisResponse>>>();

const TEXTS = {
  id: {
    heading: "Di seluruh kerja sama: ukuran mana yang berjalan bersama?",
    computing: "Menghitung di latar…",
    few: (partnerships: number, largest: number) =>
      `Dari ${partnerships} kerja sama, pasangan ukuran paling banyak dinilai bersama pada ${largest}. Setiap angka hanya menggambarkan kerja sama itu; dengan n sekecil ini hanya ρ yang sangat kuat yang menonjol dari kebetulan, dan ρ yang lemah bukan bukti tidak ada hubungan.`,
    heatmap: "Korelasi peringkat Spearman antar-ukuran",
    heatmapSummary: (tests: number, written: boolean) =>
      `${written ? "Setiap sel: ρ Spearman dan n" : "Warna setiap sel: ρ Spearman; angkanya (ρ dan n) tidak muat di sel pada lebar ini: ada di tabel data di bawah bagan dan di keterangan sel saat ditunjuk"} (n: kerja sama yang kedua ukurannya dinilai; NA tidak pernah dihitung 0). Biru: naik bersama; merah: yang satu tinggi bila yang lain rendah. Sel kosong bergaris putus: kurang dari ${MIN_N} kerja sama, tidak ada angka. p dari ${DRAWS} permutasi (benih 1), disesuaikan Holm atas ${tests} uji; lihat tabel data.`,
    groupBy: "Kelompokkan menurut",
    measure: "Ukuran",
    groups: "Apakah kelompok berbeda?",
    groupsSummary: (test: string) =>
      `Satu titik per kerja sama; garis merah: median; pita: kuartil (separuh tengah nilai). Median abu-abu: kelompok di bawah ${MIN_N} kerja sama, hanya deskriptif. ${test}`,
    noTest: (reason: string) =>
      `Tidak ada uji: ${reason.replace("no two groups have at least", "tidak ada dua kelompok dengan sedikitnya").replace(/ partnerships with .* assessed$/, " kerja sama")}.`,
    test: (first: string, second: string, w: number, p: string, holm: string) =>
      `Uji jumlah peringkat Wilcoxon ${first} lawan ${second}: W ${w}, p ${p}, p (Holm) ${holm}.`,
  },
  en: {
    heading: "Across all partnerships: which measures go together?",
    computing: "Computing in the background…",
    few: (partnerships: number, largest: number) =>
      `Of ${partnerships} partnerships, the pair of measures assessed together most often is assessed together in ${largest}. Each figure describes those partnerships only; with n this small only a very strong ρ stands out from chance, and a weak ρ is no evidence of no relation.`,
    heatmap: "Spearman rank correlations between measures",
    heatmapSummary: (tests: number, written: boolean) =>
      `${written ? "Each cell: Spearman's ρ and n" : "Each cell's colour: Spearman's ρ; its figures (ρ and n) do not fit in the cells at this width: they are in the data table below the chart and in each cell's tooltip"} (n: the partnerships where both measures are assessed; NA never counts as 0). Blue: they rise together; red: one is high where the other is low. Empty dashed cells: fewer than ${MIN_N} partnerships, no figure. p from ${DRAWS} permutations (seed 1), Holm-adjusted over ${tests} tests; see the data table.`,
    groupBy: "Group by",
    measure: "Measure",
    groups: "Do groups differ?",
    groupsSummary: (test: string) =>
      `One dot per partnership; red tick: median; band: quartiles (the middle half of the values). A grey median: a group below ${MIN_N} partnerships, descriptive only. ${test}`,
    noTest: (reason: string) => `No test: ${reason.replace(/ with .* assessed$/, "")}.`,
    test: (first: string, second: string, w: number, p: string, holm: string) =>
      `Wilcoxon rank-sum test ${first} against ${second}: W ${w}, p ${p}, p (Holm) ${holm}.`,
  },
} as const;

/**
 * The compare page's cross-case statistics, over every partnership of the
 * dataset: the correlation heatmap of the frameworks' measures, and one
 * measure's dot plot by group, both computed in the analysis worker. The
 * grouping column and the measure are chosen in the section itself.
 */
export function crossCaseSection(
  dataset: Pick<Dataset, "events">,
  scores: readonly PartnershipScore[],
  language: Language,
  width: number,
): HTMLElement {
  const texts = TEXTS[language];
  const table = measureTable(dataset, scores);
  const names = Object.fromEntries(table.measures.map((measure) => [measure.id, measure.label[language]]));
  const section = element("section", { className: "cross-case", attributes: { "aria-busy": "true" } }, [
    element("h3", { text: texts.heading }),
    element("p", { className: "note", text: texts.computing }),
  ]);
  const select = (label: string, options: ReadonlyArray<[string, string]>, chosen: string) => {
    const control = element("select", { attributes: { name: label } });
    for (const [value, text] of options) {
      const option = element("option", { text, attributes: { value } });
      option.selected = value === chosen;
      control.append(option);
    }
    return { control, wrapper: element("label", {}, [element("span", { text: `${label} ` }), control]) };
  };
  const compute = (by: string) =>
    runAnalysis({
      type: "statistics",
      table,
      groupOf: scores.map((score) => {
        const value = (score.partnership as Record<string, unknown>)[by];
        return value === null || value === undefined || value === "" ? null : String(value);
      }),
      by,
      minN: MIN_N,
      draws: DRAWS,
      seed: 1,
    });
  const render = (response: AnalysisResponse, by: string, measureId: string) => {
    if (response.type !== "statistics") {
      section.replaceChildren(
        element("p", { className: "error", text: response.type === "error" ? response.message : "" }),
      );
      return;
    }
    const largest = Math.max(0, ...response.correlations.map((row) => row.n));
    const heatmapChart = correlationHeatmap(
      heatmapCells(response.correlations, { names, noFigure: language === "id" ? "tanpa angka" : "no figure" }),
      {
        width,
        ariaLabel: texts.heatmap,
        legendLabel: language === "id" ? "ρ Spearman" : "Spearman's ρ",
        order: table.measures.map((measure) => names[measure.id]!),
      },
    );
    const heatmap = chartFigure(heatmapChart, {
      name: "compare-correlations",
      title: texts.heatmap,
      summary: texts.heatmapSummary(response.tests, heatmapChart.getAttribute("data-figures") === "written"),
      language,
      data: {
        header: ["a", "b", "n", "rho", "p", "p_holm", "reason"],
        rows: response.correlations.map((row) => [row.a, row.b, row.n, row.rho, row.p, row.p_holm, row.reason]),
        // The measures by name in the table view; the CSV keeps their ids.
        words: { a: names, b: names },
      },
    });
    const measure = response.groups.measures.find((entry) => entry.measure === measureId)!;
    // The groups are codes of the grouping column (sister-city, city, active): said in the page's language.
    const said = (group: string) => codeLabel(by, group, language);
    const groups = measure.groups.map((group) => ({ ...group, group: said(group.group) }));
    const verdict =
      measure.reason !== null
        ? texts.noTest(measure.reason)
        : measure.tests
            .map((test) =>
              texts.test(
                said(test.first),
                said(test.second),
                test.w,
                formatDecimal(test.p, 3, language),
                formatDecimal(test.p_holm!, 3, language),
              ),
            )
            .join(" ");
    const byControl = select(
      texts.groupBy,
      GROUP_COLUMNS.map((column) => [column, fieldTitle("partnerships", column, language)]),
      by,
    );
    const measureControl = select(
      texts.measure,
      table.measures.map((entry) => [entry.id, names[entry.id]!]),
      measureId,
    );
    byControl.control.addEventListener("change", () => update(byControl.control.value, measureControl.control.value));
    measureControl.control.addEventListener("change", () =>
      update(byControl.control.value, measureControl.control.value),
    );
    section.removeAttribute("aria-busy");
    section.replaceChildren(
      element("h3", { text: texts.heading }),
      element("p", { className: "note", text: texts.few(scores.length, largest) }),
      heatmap,
      element("h3", { text: texts.groups }),
      element("div", { className: "controls" }, [byControl.wrapper, measureControl.wrapper]),
      chartFigure(groupDotPlot(groups, { width, axisLabel: names[measureId], ariaLabel: texts.groups, minN: MIN_N }), {
        name: "compare-groups",
        title: `${texts.groups} ${names[measureId]} · ${fieldTitle("partnerships", by, language)}`,
        summary: texts.groupsSummary(verdict),
        language,
        data: {
          header: ["group", "n", "median", "q1", "q3"],
          rows: groups.map((group) => [
            groupRowLabel(group),
            group.n,
            group.quartiles?.median ?? null,
            group.quartiles?.q1 ?? null,
            group.quartiles?.q3 ?? null,
          ]),
        },
      }),
    );
  };
  let cache = analysisCache.get(scores);
  if (cache === undefined) analysisCache.set(scores, (cache = new Map()));
  const update = (by: string, measureId: string) => {
    let pending = cache.get(by);
    if (pending === undefined) cache!.set(by, (pending = compute(by)));
    section.setAttribute("aria-busy", "true");
    void pending.then((response) => render(response, by, measureId));
  };
  update("kind", "stage_reached");
  return section;
}
