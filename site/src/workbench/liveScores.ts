import { formatProblem } from "../../../src/problem.ts";
import { scoreDataset } from "../../../src/score/scoreDataset.ts";
import { validateDataset } from "../../../src/validate/validateDataset.ts";
import { draftFiles, filesToTexts, type Draft } from "../../../src/workbench/draft.ts";
import { usableRows } from "../../../src/workbench/importFiles.ts";
import { element } from "../../../web/dom.ts";
import { caseView } from "../components/caseView.ts";
import type { PageContext, SiteData } from "../components/page.ts";
import type { SiteState } from "../model/state.ts";
import type { Texts } from "./texts.ts";

/** The live scores of a draft: its problems, and the case page drawn from its rows without a problem. */
export function liveScores(draft: Draft, state: SiteState, context: PageContext, texts: Texts): HTMLElement {
  const files = filesToTexts(draftFiles([draft]));
  const first = validateDataset(files);
  const { reading } = usableRows(files, first);
  const scores = reading.dataset.partnerships.length > 0 ? scoreDataset(reading.dataset) : [];
  const data: SiteData = { reading, scores, own: new Set() };
  return element("div", { className: "live" }, [
    ...(first.problems.length === 0
      ? []
      : [
          element("p", { className: "problems-title", text: texts.problems(first.problems.length) }),
          element(
            "ul",
            { className: "problems" },
            first.problems.slice(0, 50).map((problem) => element("li", { text: formatProblem(problem) })),
          ),
        ]),
    scores.length === 0
      ? element("p", { className: "note", text: texts.noScores })
      : caseView({ ...state, page: "case", caseId: draft.partnership.id ?? "" }, data, context),
  ]);
}
