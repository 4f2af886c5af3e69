// The QCA figures of `npm run bench`: minimisation of random noisy data with 8, 10 and 12 conditions and 2,000
// cases. Budgets: 8 conditions under 1 s, 12 under 10 s (R's QCA took about 10 s for 8 and did not finish 10 in two
// minutes on this machine, as the issue reports).
import { randomLcg } from "d3";
import { formatTable } from "../src/format/formatTable.ts";
import { qca } from "../src/qca/qca.ts";
import type { QcaData } from "../src/qca/qcaData.ts";

/**
 * Noisy crisp data with limited diversity, as observational data have it: 2,000 cases spread over 64 random
 * configurations, the outcome following C1*C2 + ~C3*C4 but flipped for one case in ten. (Fuzzy memberships would
 * not do: with 2,000 cases, the many cases just outside a configuration outweigh the few inside it and every
 * configuration passes the cut; one case per configuration would turn every flip into a sufficient row.)
 */
function noisyQcaData(conditions: number, cases: number, seed: number, types = 64): QcaData {
  const random = randomLcg(seed);
  const corners = Array.from({ length: types }, () => Array.from({ length: conditions }, () => random() < 0.5));
  const values = Array.from({ length: cases }, () =>
    corners[Math.floor(random() * types)]!.map((present) => (present ? 1 : 0)),
  );
  const outcome = values.map((row) => {
    const signal = (row[0] === 1 && row[1] === 1) || (row[2] === 0 && row[3] === 1);
    return (random() < 0.1 ? !signal : signal) ? 1 : 0;
  });
  return {
    cases: values.map((_, index) => `case${index + 1}`),
    conditions: Array.from({ length: conditions }, (_, index) => `C${index + 1}`),
    values,
    outcomeName: "Y",
    outcome,
  };
}

export function qcaBench(): string {
  const rows = [8, 10, 12].map((conditions) => {
    const data = noisyQcaData(conditions, 2000, conditions);
    const start = performance.now();
    const result = qca(data, { inclCut: 0.8 });
    const ms = performance.now() - start;
    return [
      String(conditions),
      "2,000",
      String(result.truth_table.length),
      String(result.truth_table.filter((row) => row.outcome === 1).length),
      ms.toFixed(0),
      conditions === 8 ? "1000" : conditions === 12 ? "10000" : "—",
      result.solutions.parsimonious[0]?.expression.slice(0, 40) ?? "(none)",
    ];
  });
  return formatTable(
    ["conditions", "cases", "configurations", "sufficient", "ms", "budget ms", "parsimonious solution"],
    rows,
  );
}
