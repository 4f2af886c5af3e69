import { formatDecimal } from "../../../src/formatDecimal.ts";
import { partnershipKinds, partnershipStatuses } from "../../../src/dataset/vocabularies.ts";
import { stages } from "../../../src/frameworks/stage.ts";
import { layers } from "../../../src/frameworks/threeLayers.ts";
import { vocabularyLabel } from "../../../src/language.ts";
import { applyView, caseRows } from "../model/casesModel.ts";
import { element, tableRegion } from "../../../web/dom.ts";
import { OWN_MARK, TEXTS } from "../model/i18n.ts";
import { stateLink, type PageView } from "../components/page.ts";
import type { CasesView, SortKey } from "../model/state.ts";

const CONTROLS = {
  id: {
    search: "Cari",
    allKinds: "Semua jenis",
    codedOnly: "Hanya yang dikode",
    thin: (count: number) =>
      `${count} kasus memiliki skor syarat dari kurang dari 3 dari 4 syarat: skor itu ditandai * dan tidak diperingkat (diurutkan paling akhir, bersama NA).`,
  },
  en: {
    search: "Search",
    allKinds: "All kinds",
    codedOnly: "Coded cases only",
    thin: (count: number) =>
      `${count} cases have a conditions score on fewer than 3 of 4 conditions: such a score is marked * and not ranked (it sorts last, with NA).`,
  },
} as const;

/**
 * The cases index: a sortable, filterable table. The view (sort, filters)
 * is part of the site's state, so it lives in the URL.
 */
/** The mark of a partnership imported into this browser. */

export const casesPage: PageView = (state, { scores, own }, { navigate }) => {
  const { language, cases: view } = state;
  const onView = (next: CasesView) => navigate({ ...state, cases: next }, { replace: true });
  const texts = TEXTS[language];
  const controls = CONTROLS[language];
  const rows = applyView(caseRows(scores, state.language), view);
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
      const button = element("button", {
        text: `${name}${sorted ? (view.descending ? " ▼" : " ▲") : ""}`,
        attributes: { type: "button", "data-sort": key },
      });
      button.addEventListener("click", () =>
        onView({ ...view, sort: key, descending: sorted ? !view.descending : false }),
      );
      return element(
        "th",
        { attributes: { scope: "col", "aria-sort": sorted ? (view.descending ? "descending" : "ascending") : "none" } },
        [button],
      );
    }),
  );
  const search = element("input", {
    attributes: { type: "search", name: "q", "aria-label": controls.search, placeholder: controls.search },
  });
  search.value = view.query;
  search.addEventListener("change", () => onView({ ...view, query: search.value }));
  const kind = element("select", { attributes: { name: "kind", "aria-label": texts.columns.kind } }, [
    element("option", { text: controls.allKinds, attributes: { value: "" } }),
    ...partnershipKinds.codes.map((value) =>
      element("option", { text: partnershipKinds.labels[value][language], attributes: { value } }),
    ),
  ]);
  kind.value = view.kind ?? "";
  kind.addEventListener("change", () => onView({ ...view, kind: kind.value || null }));
  const coded = element("input", { attributes: { type: "checkbox", name: "coded" } });
  coded.checked = view.codedOnly;
  coded.addEventListener("change", () => onView({ ...view, codedOnly: coded.checked }));
  const body = rows.map((row) => {
    return element("tr", { attributes: { "data-id": row.id } }, [
      element("td", { text: row.localGovernment }),
      element("td", {}, [
        stateLink({ ...state, page: "case", caseId: row.id }, row.partner, navigate),
        ...(own.has(row.id) ? [element("span", { className: "own", text: ` ${OWN_MARK[language]}` })] : []),
      ]),
      element("td", { text: row.country }),
      element("td", { text: vocabularyLabel(partnershipKinds, row.kind, language) }),
      element("td", { text: vocabularyLabel(partnershipStatuses, row.status, language) }),
      element("td", { text: vocabularyLabel(stages, row.stage, language) }),
      element("td", { text: vocabularyLabel(layers, row.highest, language) }),
      element("td", {
        text:
          row.index === null
            ? "NA"
            : `${formatDecimal(row.index, 2, language)} (${row.indexCoverage}/4)${row.indexRankable ? "" : " *"}`,
        className: "number",
      }),
    ]);
  });
  const thin = rows.filter((row) => row.index !== null && !row.indexRankable).length;
  return element("div", { className: "cases-page" }, [
    element("h2", { text: texts.partnerships }),
    element("div", { className: "filters" }, [
      search,
      kind,
      element("label", {}, [coded, element("span", { text: ` ${controls.codedOnly}` })]),
    ]),
    tableRegion(
      texts.caption(rows.length),
      element("table", { className: "cases" }, [
        element("caption", { text: texts.caption(rows.length) }),
        element("thead", {}, [header]),
        element("tbody", {}, body),
      ]),
    ),
    ...(thin === 0 ? [] : [element("p", { className: "note", text: controls.thin(thin) })]),
  ]);
};
