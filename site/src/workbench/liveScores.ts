import { scoreDataset } from "../../../src/score/scoreDataset.ts";
import { validateDataset } from "../../../src/validate/validateDataset.ts";
import { draftFiles, filesToTexts, type Draft } from "../../../src/workbench/draft.ts";
import {
  isUntouched,
  missingToStart,
  placeOfProblem,
  problemInWords,
  scorableRows,
  type ProblemPlace,
} from "../../../src/workbench/draftProblems.ts";
import { element } from "../../../web/dom.ts";
import { caseView } from "../components/caseView.ts";
import type { PageContext, SiteData } from "../components/page.ts";
import type { SiteState } from "../model/state.ts";
import type { Texts } from "./texts.ts";

/**
 * The live scores of a draft: the scores of every row that can be scored, with the problems beside them in
 * words (where in the form, which field, what to enter). A brand-new draft shows what to fill first instead.
 */
export function liveScores(draft: Draft, state: SiteState, context: PageContext, texts: Texts): HTMLElement {
  if (isUntouched(draft))
    return element("div", { className: "live" }, [
      element("p", { className: "start-here", text: texts.startHere }),
      element(
        "ul",
        { className: "to-fill" },
        missingToStart(draft, state.language).map((title) => element("li", { text: title })),
      ),
    ]);
  const files = filesToTexts(draftFiles([draft]));
  const first = validateDataset(files);
  const reading = scorableRows(files, first);
  const scores = reading.dataset.partnerships.length > 0 ? scoreDataset(reading.dataset) : [];
  const data: SiteData = { reading, scores, own: new Set() };
  const missing = missingToStart(draft, state.language);
  return element("div", { className: "live" }, [
    ...(first.problems.length === 0
      ? []
      : [
          element("p", { className: "problems-title", text: texts.problems(first.problems.length) }),
          element(
            "ul",
            { className: "problems" },
            first.problems.slice(0, 50).map((problem) => {
              const place = placeOfProblem(problem, draft);
              const item = element("li", { text: problemInWords(problem, state.language) });
              if (place !== undefined) {
                const go = element("button", {
                  text: texts.goToField,
                  attributes: { type: "button", class: "go-to-field" },
                });
                go.addEventListener("click", () => focusField(place));
                item.append(" ", go);
              }
              return item;
            }),
          ),
          ...(first.problems.length > 50
            ? [element("p", { className: "note", text: texts.moreProblems(first.problems.length - 50) })]
            : []),
        ]),
    scores.length === 0
      ? element("p", {
          className: "note",
          text: missing.length > 0 ? texts.fillFirst(missing) : texts.noScores,
        })
      : caseView({ ...state, page: "case", caseId: draft.partnership.id ?? "" }, data, context),
  ]);
}

/** Takes the researcher to a problem's field in the draft's form: opens its framework, scrolls to it, focuses it. */
function focusField(place: ProblemPlace): void {
  const editor = document.querySelector<HTMLElement>(".draft-editor");
  if (editor === null) return;
  let scope: Element | null;
  if (place.resource === "draft") scope = editor.querySelector(".draft-meta");
  else if (place.resource === "partnerships") scope = editor.querySelector("fieldset.registry");
  else if (place.resource === "codings") {
    const details = editor.querySelector<HTMLDetailsElement>(
      `details[data-framework="${CSS.escape(place.framework)}"]`,
    );
    if (details !== null) details.open = true;
    scope = editor.querySelector(`fieldset[data-indicator="${CSS.escape(`${place.framework}/${place.indicator}`)}"]`);
  } else
    scope =
      editor.querySelectorAll(`.rows-editor[data-resource="${place.resource}"] > fieldset.row`)[place.index] ?? null;
  const control = scope?.querySelector<HTMLElement>(`[name="${CSS.escape(place.field)}"]`) ?? null;
  const target = control ?? (scope as HTMLElement | null);
  target?.scrollIntoView({ block: "center" });
  control?.focus();
}
