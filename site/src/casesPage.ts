import type { PartnershipScore } from "../../src/score/scoreDataset.ts";
import { frameworks } from "../../src/frameworks/registry.ts";
import { partnershipKinds } from "../../src/dataset/vocabularies.ts";
import { applyView, caseRows, type CasesView, type SortKey } from "./casesModel.ts";
import { element } from "./dom.ts";
import { TEXTS, word, type Language } from "./i18n.ts";

const CONTROLS = {
  id: { search: "Cari", allKinds: "Semua jenis", codedOnly: "Hanya yang dikode" },
  en: { search: "Search", allKinds: "All kinds", codedOnly: "Coded cases only" },
} as const;

/**
 * The cases index: a sortable, filterable table. The view (sort, filters)
 * comes from the URL and changes go back to it through `onView`.
 */
export function casesPage(scores: PartnershipScore[], view: CasesView, language: Language, caseLink: (id: string, text: string) => HTMLElement, onView: (view: CasesView) => void): HTMLElement {
  const texts = TEXTS[language];
  const controls = CONTROLS[language];
  const rows = applyView(caseRows(scores), view);
  const columns: Array<[SortKey, string]> = [
    ["localGovernment", texts.columns.localGovernment],
    ["partner", texts.columns.partner],
    ["country", texts.columns.country],
    ["kind", texts.columns.kind],
    ["status", texts.columns.status],
    ["stage", texts.columns.stage],
    ["highest", texts.columns.highest],
    ["index", texts.columns.index],
  ];
  const header = element(
    "tr",
    {},
    columns.map(([key, name]) => {
      const sorted = view.sort === key;
      const button = element("button", { text: `${name}${sorted ? (view.descending ? " ▼" : " ▲") : ""}`, attributes: { type: "button", "data-sort": key } });
      button.addEventListener("click", () => onView({ ...view, sort: key, descending: sorted ? !view.descending : false }));
      return element("th", { attributes: { scope: "col", "aria-sort": sorted ? (view.descending ? "descending" : "ascending") : "none" } }, [button]);
    }),
  );
  const search = element("input", { attributes: { type: "search", name: "q", "aria-label": controls.search, placeholder: controls.search } });
  search.value = view.query;
  search.addEventListener("change", () => onView({ ...view, query: search.value }));
  const kind = element("select", { attributes: { name: "kind", "aria-label": texts.columns.kind } }, [
    element("option", { text: controls.allKinds, attributes: { value: "" } }),
    ...partnershipKinds.codes.map((value) => element("option", { text: texts.kinds[value] ?? value, attributes: { value } })),
  ]);
  kind.value = view.kind ?? "";
  kind.addEventListener("change", () => onView({ ...view, kind: kind.value || null }));
  const coded = element("input", { attributes: { type: "checkbox", name: "coded" } });
  coded.checked = view.codedOnly;
  coded.addEventListener("change", () => onView({ ...view, codedOnly: coded.checked }));
  const body = rows.map((row) => {
    const highestName = row.highest === null ? texts.none : frameworks["three-layers"].groups.find((group) => group.id === row.highest)!.name[language];
    return element("tr", { attributes: { "data-id": row.id } }, [
      element("td", { text: row.localGovernment }),
      element("td", {}, [caseLink(row.id, row.partner)]),
      element("td", { text: row.country }),
      element("td", { text: texts.kinds[row.kind] ?? row.kind }),
      element("td", { text: word(language, row.status) }),
      element("td", { text: word(language, row.stage) }),
      element("td", { text: highestName }),
      element("td", { text: row.index === null ? "NA" : row.index.toFixed(2), className: "number" }),
    ]);
  });
  return element("div", { className: "cases-page" }, [
    element("div", { className: "filters" }, [search, kind, element("label", {}, [coded, element("span", { text: ` ${controls.codedOnly}` })])]),
    element("div", { className: "table-wrap" }, [element("table", { className: "cases" }, [element("caption", { text: texts.caption(rows.length) }), element("thead", {}, [header]), element("tbody", {}, body)])]),
  ]);
}
