import type { Registry } from "../../../src/frameworks/registry.ts";
import { RESOURCES } from "../../../src/dataset/schemas.ts";
import { emptyRow, type Draft } from "../../../src/workbench/draft.ts";
import { element } from "../../../web/dom.ts";
import type { SiteState } from "../model/state.ts";
import { codeWords, fieldControl } from "./fields.ts";
import type { Texts } from "./texts.ts";

/** One indicator's coding: the score with each level's anchor beside it, then the evidence, its kind, source, locator and note. */
export function indicatorEditor(
  draft: Draft,
  frameworkId: string,
  registry: Registry,
  indicatorIndex: number,
  language: SiteState["language"],
  texts: Texts,
  onChange: () => void,
): HTMLElement {
  const framework = registry[frameworkId]!;
  const indicator = framework.indicators[indicatorIndex]!;
  const find = () => draft.codings.find((row) => row.framework === frameworkId && row.indicator === indicator.id);
  const ensure = () => {
    let row = find();
    if (row === undefined) {
      row = { ...emptyRow("codings", { framework: frameworkId, indicator: indicator.id }) };
      delete row.partnership;
      delete row.coder;
      draft.codings.push(row);
    }
    return row;
  };
  const group = `score-${frameworkId}-${indicator.id}`;
  const current = find()?.score ?? "";
  const choices = [
    { value: "", label: texts.notCoded, anchor: "" },
    { value: "NA", label: texts.na, anchor: "" },
    ...framework.scale.levels.map((level) => ({
      value: String(level.value),
      label: `${level.value} — ${level.label[language]}`,
      anchor: indicator.anchors[level.value]?.[language] ?? "",
    })),
  ];
  const radios = choices.map((choice) => {
    const radio = element("input", { attributes: { type: "radio", name: group, value: choice.value } });
    radio.checked = choice.value === current;
    radio.addEventListener("change", () => {
      if (!radio.checked) return;
      const row = find();
      if (choice.value === "") {
        // "Not coded" removes the row only when nothing else was written in it: nothing typed is ever lost.
        if (row !== undefined) {
          const empty = ["evidence", "evidence_kind", "source", "locator", "note"].every(
            (field) => (row[field] ?? "") === "",
          );
          if (empty) draft.codings.splice(draft.codings.indexOf(row), 1);
          else row.score = "";
        }
      } else ensure().score = choice.value;
      onChange();
    });
    return element("label", { className: "choice" }, [
      radio,
      element("span", { className: "level", text: ` ${choice.label}` }),
      ...(choice.anchor ? [element("span", { className: "anchor", text: choice.anchor })] : []),
    ]);
  });
  const fields = RESOURCES.codings.schema.fields.filter((field) =>
    ["evidence", "evidence_kind", "source", "locator", "note"].includes(field.name),
  );
  // Typing evidence before choosing a score keeps the row (its score still to choose is listed as a problem).
  const proxy = new Proxy({} as Record<string, string>, {
    get: (_target, key: string) => find()?.[key] ?? "",
    set: (_target, key: string, value: string) => {
      ensure()[key] = value;
      return true;
    },
  });
  const labels: Record<string, string> = {
    evidence: texts.evidence,
    evidence_kind: texts.kind,
    source: texts.source,
    locator: texts.locator,
    note: texts.note,
  };
  return element(
    "fieldset",
    { className: "indicator", attributes: { "data-indicator": `${frameworkId}/${indicator.id}` } },
    [
      element("legend", { text: indicator.name[language] }),
      element("p", { className: "definition", text: indicator.definition[language] }),
      element(
        "div",
        { className: "choices", attributes: { role: "radiogroup", "aria-label": indicator.name[language] } },
        radios,
      ),
      ...fields.map((field) =>
        fieldControl({ ...field, title: labels[field.name] }, proxy, onChange, codeWords(field, language)),
      ),
      fieldControl(
        {
          name: "scope",
          type: "string",
          title: texts.scope,
          constraints: { enum: ["portfolio"] },
        },
        proxy,
        onChange,
        { "": texts.scopePartnership, portfolio: texts.scopePortfolio },
      ),
    ],
  );
}
