// The views of the cross-case notebook: its cells call these and display what they return.
import { correlationHeatmap, heatmapCells } from "../../src/charts/correlationHeatmap.ts";
import { rankIntervalChart } from "../../src/charts/rankIntervalChart.ts";
import { xyPlot } from "../../src/charts/xyPlot.ts";
import { expressionMemberships } from "../../src/qca/qca.ts";
import { chartFigure } from "../../web/chartFigure.ts";
import { crossCase, QCA_SETUP } from "../figures/across-the-cases.ts";
import { indonesia, partnershipName } from "../kit/data.ts";
import { textTable } from "../kit/table.ts";
import { chartHeight, chartText, rowHeight, say, type NotebookView } from "../kit/view.ts";

/** The QCA and the conditions score's rank intervals over the shipped data, with the partnerships' names. */
export function acrossData() {
  const data = indonesia();
  const names: Record<string, string> = Object.fromEntries(
    data.scores.map((score) => [score.id, partnershipName(score)]),
  );
  return { ...crossCase(data), names };
}
export type Across = ReturnType<typeof acrossData>;

/** Two decimals, or a dash for a value that cannot be computed. */
const decimal = (value: number | null) => (value === null ? "—" : value.toFixed(2));

/** The truth table (its rows with cases), the solutions, and the cases left out for NA. */
export function qcaTables({ qcaData, result, leftOut, names }: Across, { language }: NotebookView): HTMLElement[] {
  const kinds = ["conservative", "parsimonious"] as const;
  return [
    textTable(
      say(language, "Tabel kebenaran", "The truth table"),
      [...qcaData.conditions, QCA_SETUP.outcome, "n", "incl", "PRI", say(language, "Kasus", "Cases")],
      result.truth_table
        .filter((row) => row.n > 0)
        .map((row) => [
          ...row.configuration,
          row.outcome,
          row.n,
          decimal(row.inclusion),
          decimal(row.pri),
          row.cases.map((id) => names[id] ?? id).join("; "),
        ]),
    ),
    textTable(
      say(language, "Solusi (inclusion, PRI, coverage)", "The solutions (inclusion, PRI, coverage)"),
      [say(language, "Jenis", "Kind"), say(language, "Solusi", "Solution"), "incl", "PRI", "cov"],
      kinds.flatMap((kind) =>
        result.solutions[kind].map((solution) => [
          kind,
          `${solution.expression} → ${QCA_SETUP.outcome}`,
          decimal(solution.inclusion),
          decimal(solution.pri),
          decimal(solution.coverage),
        ]),
      ),
    ),
    textTable(
      say(language, "Kasus yang ditinggalkan karena NA", "Cases left out for NA"),
      [say(language, "Kerja sama", "Partnership"), say(language, "Himpunan NA", "Sets with NA")],
      leftOut.map((entry) => [names[entry.case] ?? entry.case, entry.missing.join(", ")]),
    ),
  ];
}

/** Membership in the first parsimonious solution against membership in the outcome, case by case. */
export function solutionPlot({ qcaData, result, names }: Across, { language, width }: NotebookView): HTMLElement {
  const solution = result.solutions.parsimonious[0]!;
  const memberships = expressionMemberships(solution.expression, qcaData);
  const points = qcaData.cases.map((id, index) => ({
    case: names[id] ?? id,
    x: memberships[index]!,
    y: qcaData.outcome[index]!,
  }));
  const { outcome } = QCA_SETUP;
  return chartFigure(
    xyPlot(points, {
      // A small square chart, growing with its text (to 540 px at 12 px), as tall as a slide has room for.
      width: Math.min(width, chartText({ language, width }) * 45, chartHeight()),
      fontSize: chartText({ language, width }),
      xLabel: solution.expression,
      yLabel: outcome,
      ariaLabel: say(
        language,
        `Plot XY ${solution.expression} dan ${outcome}`,
        `XY plot of ${solution.expression} and ${outcome}`,
      ),
    }),
    {
      name: "qca-xy",
      title: say(
        language,
        `Keanggotaan dalam ${solution.expression} dan dalam ${outcome}`,
        `Membership in ${solution.expression} and in ${outcome}`,
      ),
      summary: say(
        language,
        "Kasus di atas diagonal konsisten dengan kecukupan.",
        "Cases above the diagonal are consistent with sufficiency.",
      ),
      data: {
        header: ["case", solution.expression, outcome],
        rows: points.map((point) => [point.case, point.x, point.y]),
      },
      language,
    },
  );
}

/** The conditions score's rank intervals over the Monte Carlo draws. */
export function rankIntervals({ intervals, names }: Across, { language, width }: NotebookView): HTMLElement {
  const rows = intervals.partnerships.map((entry) => ({ ...entry, label: names[entry.id] ?? entry.id }));
  const title = say(language, "Interval peringkat skor syarat", "Rank intervals of the conditions score");
  return chartFigure(
    rankIntervalChart(rows, {
      width,
      fontSize: chartText({ language, width }),
      // On a slide the rows share the screen (the axis and its title take about five lines of text); on the page,
      // the chart's own.
      rowHeight: rowHeight(rows.length, 0, chartText({ language, width }) * 5 + 20),
      axisLabel: say(language, "Peringkat (1 = skor syarat tertinggi)", "Rank (1 = highest conditions score)"),
      ariaLabel: title,
    }),
    {
      name: "success-index-rank-intervals",
      title,
      summary: say(
        language,
        "Garis: persentil ke-5 sampai ke-95 peringkat; titik: median; tanda: peringkat terbitan.",
        "Line: 5th to 95th percentile of the rank; dot: median; tick: the published rank.",
      ),
      data: {
        header: ["partnership", "baseline", "median", "p05", "p95", "best", "worst"],
        rows: intervals.partnerships.map((entry) => [
          names[entry.id] ?? entry.id,
          entry.baseline,
          entry.median,
          entry.p05,
          entry.p95,
          entry.best,
          entry.worst,
        ]),
      },
      language,
    },
  );
}

/** The Spearman correlations between the frameworks' measures as a heatmap: each cell ρ and n, empty below the minimum n. */
export function measureCorrelations({ statistics }: Across, { language, width }: NotebookView): HTMLElement {
  const measureNames: Record<string, string> = Object.fromEntries(
    statistics.measures.map((measure) => [measure.id, measure.label[language]]),
  );
  const title = say(
    language,
    "Korelasi Spearman antar-ukuran, dengan n",
    "Spearman correlations between measures, with n",
  );
  const chart = correlationHeatmap(
    heatmapCells(statistics.correlations, {
      names: measureNames,
      noFigure: say(language, "tanpa angka", "no figure"),
    }),
    {
      width,
      fontSize: chartText({ language, width }),
      maxHeight: chartHeight(),
      order: statistics.measures.map((measure) => measureNames[measure.id]!),
      ariaLabel: say(language, "Korelasi Spearman antar-ukuran", "Spearman correlations between measures"),
      legendLabel: say(language, "ρ Spearman", "Spearman's ρ"),
    },
  );
  // The cells show their figures only where they fit (correlationHeatmap): the caption says what is seen.
  const written = chart.getAttribute("data-figures") === "written";
  return chartFigure(chart, {
    name: "measure-correlations",
    title,
    summary: written
      ? say(
          language,
          "Setiap sel: ρ dan n; sel kosong bergaris putus: terlalu sedikit kerja sama, tanpa angka.",
          "Each cell: ρ and n; empty dashed cells: too few partnerships, no figure.",
        )
      : say(
          language,
          "Warna setiap sel: ρ; angkanya (ρ dan n) tidak muat di sel pada lebar ini: ada di tabel data bagan dan di keterangan sel saat ditunjuk. Sel kosong bergaris putus: terlalu sedikit kerja sama, tanpa angka.",
          "Each cell's colour: ρ; its figures (ρ and n) do not fit in the cells at this width: they are in the chart's data table and in each cell's tooltip. Empty dashed cells: too few partnerships, no figure.",
        ),
    data: {
      header: ["a", "b", "n", "rho", "p", "p_holm", "reason"],
      rows: statistics.correlations.map((row) => [row.a, row.b, row.n, row.rho, row.p, row.p_holm, row.reason]),
      // The measures by name in the table view; the CSV keeps their ids.
      words: { a: measureNames, b: measureNames },
    },
    language,
  });
}

/** The implementation rates with their Wilson intervals, as a table. */
export function implementationRates(
  { statistics, names }: Across,
  { language }: Pick<NotebookView, "language">,
): HTMLElement {
  return textTable(
    say(language, "Tingkat pelaksanaan dengan selang Wilson", "Implementation rates with Wilson intervals"),
    [
      say(language, "Kerja sama", "Partnership"),
      say(language, "Terlaksana", "Realised"),
      say(language, "Direncanakan", "Planned"),
      say(language, "Tingkat", "Rate"),
      say(language, "Selang", "Interval"),
    ],
    statistics.rates.partnerships.map((rate) => [
      names[rate.id] ?? rate.id,
      rate.successes,
      rate.trials,
      decimal(rate.estimate),
      `${decimal(rate.low)}–${decimal(rate.high)}`,
    ]),
  );
}
