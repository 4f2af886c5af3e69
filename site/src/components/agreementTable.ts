import { formatDecimal } from "../../../src/formatDecimal.ts";
import type { Registry } from "../../../src/frameworks/registry.ts";
import type { AgreementRow, CodingReliability } from "../../../src/reliability/codingReliability.ts";
import { dataTable, element } from "../../../web/dom.ts";
import type { AgreementTexts as Texts } from "./agreementTexts.ts";

/** Agreement per indicator (and overall): alpha with its interval, percent agreement and kappa. */
export function agreementTable(
  result: CodingReliability,
  registry: Registry,
  language: "id" | "en",
  texts: Texts,
): HTMLElement {
  const number = (value: number | null) => (value === null ? "NA" : formatDecimal(value, 3, language));
  // An interval's two ends: "; " between them in Indonesian, where the comma is the decimal sign.
  const between = language === "id" ? "; " : ", ";
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
          text: row.ci === null ? "NA" : `[${number(row.ci[0])}${between}${number(row.ci[1])}]`,
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
