import { codeLabel } from "../../../src/frameworks/codeLabel.ts";
import { fieldTitle } from "../../../src/dataset/fieldTitles.ts";
import { RESOURCES, type ResourceName } from "../../../src/dataset/schemas.ts";
import type { Language } from "../../../src/language.ts";
import type { FieldSchema as Field } from "../../../src/schema/tableSchema.ts";
import { emptyRow } from "../../../src/workbench/draft.ts";
import { element } from "../../../web/dom.ts";
import { newId } from "../model/session.ts";
import type { Texts } from "./texts.ts";

/** The words for a coded field's allowed values in the page's language, keyed by code (the code stays the value written). */
export function codeWords(field: Field, language: Language): Record<string, string> {
  const allowed = (field.constraints?.enum as string[] | undefined) ?? [];
  return Object.fromEntries(allowed.map((value) => [value, codeLabel(field.name, value, language)]));
}

/** A labelled control for one field of a row: a list of its allowed values, or a text box (a source offers the draft's sources). */
export function fieldControl(
  field: Field,
  row: Record<string, string>,
  onChange: () => void,
  optionLabels: Record<string, string> = {},
): HTMLElement {
  const allowed = (field.constraints?.enum as string[] | undefined) ?? [];
  const id = `f-${newId()}`;
  let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (allowed.length > 0) {
    control = element("select", { attributes: { id, name: field.name } }, [
      element("option", { text: optionLabels[""] ?? "—", attributes: { value: "" } }),
      ...allowed.map((value) => element("option", { text: optionLabels[value] ?? value, attributes: { value } })),
    ]);
    // A value typed elsewhere that is not in the list is kept and shown, never dropped.
    const current = row[field.name] ?? "";
    if (current !== "" && !allowed.includes(current))
      control.append(element("option", { text: current, attributes: { value: current } }));
  } else if (["description", "notes", "note", "citation", "evidence"].includes(field.name.replace(/_indonesian$/, "")))
    control = element("textarea", { attributes: { id, name: field.name, rows: "2" } });
  else
    control = element("input", {
      attributes: { id, name: field.name, type: "text", ...(field.name === "source" ? { list: "draft-sources" } : {}) },
    });
  control.value = row[field.name] ?? "";
  control.addEventListener(allowed.length > 0 ? "change" : "input", () => {
    row[field.name] = control.value;
    onChange();
  });
  return element("div", { className: "field" }, [
    element("label", { text: field.title ?? field.name, attributes: { for: id } }),
    control,
  ]);
}

/** The editor of a table of rows (sources, events): each row's fields, a remove button, and an add button. */
export function rowsEditor(
  resource: ResourceName,
  rows: Array<Record<string, string>>,
  leaveOut: string[],
  texts: Texts,
  addLabel: string,
  onChange: () => void,
  language: Language,
): HTMLElement {
  const holder = element("div", { className: "rows-editor", attributes: { "data-resource": resource } });
  const fields = RESOURCES[resource].schema.fields.filter((field) => !leaveOut.includes(field.name));
  const draw = () => {
    holder.replaceChildren(
      ...rows.map((row, index) => {
        const remove = element("button", { text: texts.remove, attributes: { type: "button" } });
        remove.addEventListener("click", () => {
          rows.splice(index, 1);
          onChange();
          draw();
        });
        return element("fieldset", { className: "row" }, [
          element("legend", { text: `${index + 1}. ${row.id ?? ""}` }),
          ...fields.map((field) =>
            fieldControl(
              { ...field, title: fieldTitle(resource, field.name, language) },
              row,
              onChange,
              codeWords(field, language),
            ),
          ),
          remove,
        ]);
      }),
      (() => {
        const add = element("button", { text: addLabel, attributes: { type: "button" } });
        add.addEventListener("click", () => {
          rows.push(emptyRow(resource, { id: `${resource === "sources" ? "source" : "event"}-${rows.length + 1}` }));
          onChange();
          draw();
        });
        return add;
      })(),
    );
  };
  draw();
  return holder;
}
