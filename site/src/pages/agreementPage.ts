import type { Coding } from "../../../src/dataset/types.ts";
import { frameworks, type Registry } from "../../../src/frameworks/registry.ts";
import { formatProblem } from "../../../src/problem.ts";
import { codingReliability } from "../../../src/reliability/codingReliability.ts";
import { draftFiles, filesToTexts } from "../../../src/workbench/draft.ts";
import { importFiles, usableRows } from "../../../src/workbench/importFiles.ts";
import { downloadFile, element } from "../../../web/dom.ts";
import { agreementReadingKey, agreementTable } from "../components/agreementTable.ts";
import { AGREEMENT_TEXTS as TEXTS } from "../components/agreementTexts.ts";
import { disagreementCard } from "../components/disagreementCard.ts";
import type { PageView } from "../components/page.ts";
import { codingsCsv, resolvedCodings, unitKey } from "../model/resolvedCodings.ts";
import { session } from "../model/session.ts";

/** The agreement page: pick two coders' drafts or files, see alpha with its interval, resolve the disagreements, export. */
export const agreementPage: PageView = (state) => {
  const language = state.language;
  const texts = TEXTS[language];
  const registry: Registry = frameworks;
  const draftBoxes = element("fieldset", { className: "draft-picks" }, [element("legend", { text: texts.drafts })]);
  const fileInput = element("input", {
    attributes: { type: "file", multiple: "", accept: ".zip,.csv", "aria-label": texts.files, name: "coder-files" },
  });
  const output = element("div", { className: "agreement-output", attributes: { "aria-live": "polite" } });
  void session.loadDrafts().then(() => {
    draftBoxes.append(
      ...session.drafts().map((draft) => {
        const box = element("input", { attributes: { type: "checkbox", value: draft.id, name: "draft" } });
        return element("label", {}, [box, element("span", { text: ` ${draft.name} (${draft.coder || "—"})` })]);
      }),
    );
  });
  const compute = element("button", { text: texts.compute, attributes: { type: "button", class: "compute" } });
  compute.addEventListener("click", async () => {
    const codings: Coding[] = [];
    const problems: string[] = [];
    const chosen = [...draftBoxes.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => box.value);
    for (const draft of session.drafts().filter((candidate) => chosen.includes(candidate.id)))
      codings.push(...usableRows(filesToTexts(draftFiles([draft]))).reading.dataset.codings);
    for (const file of fileInput.files ?? []) {
      const result = importFiles([{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }]);
      problems.push(...result.problems.map(formatProblem));
      codings.push(...result.reading.dataset.codings);
    }
    // One coding per coder and unit: a repeated one (the same draft picked twice, say) is ignored and counted.
    const seen = new Set<string>();
    const unique = codings.filter((coding) => {
      const key = `${unitKey(coding)}\u0000${coding.coder}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const result = codingReliability(unique, { registry, draws: 1000, seed: 1 });
    // The resolutions made before, in this browser (they survive a reload), for the units that still disagree.
    const resolutions = await session.resolutions();
    if (result.coders.length < 2) {
      output.replaceChildren(element("p", { className: "error", text: texts.needTwo }));
      return;
    }
    const exportButton = element("button", { text: texts.export, attributes: { type: "button", class: "export" } });
    const exportNote = element("p", { className: "note", attributes: { role: "status" } });
    exportButton.addEventListener("click", () => {
      const { rows, open } = resolvedCodings(unique, result, resolutions);
      downloadFile("codings.csv", codingsCsv(rows), "text/csv");
      exportNote.textContent = texts.exported(rows.length, open);
    });
    output.replaceChildren(
      ...(problems.length > 0
        ? [
            element(
              "ul",
              { className: "problems" },
              problems.slice(0, 100).map((text) => element("li", { text })),
            ),
          ]
        : []),
      ...(codings.length > unique.length
        ? [element("p", { className: "note", text: texts.skipped(codings.length - unique.length) })]
        : []),
      element("p", { text: result.coders.join(", ") }),
      agreementTable(result, registry, language, texts),
      agreementReadingKey(result, language, texts),
      element("h3", {
        text: result.disagreements.length === 0 ? texts.none : texts.disagreements(result.disagreements.length),
      }),
      ...result.disagreements.map((disagreement) =>
        disagreementCard(disagreement, resolutions, registry, language, texts),
      ),
      exportButton,
      exportNote,
    );
  });
  return element("div", { className: "agreement-page" }, [
    element("h2", { text: texts.title }),
    element("p", { className: "note", text: texts.intro }),
    draftBoxes,
    element("label", { className: "file-choice" }, [element("span", { text: `${texts.files}: ` }), fileInput]),
    compute,
    output,
  ]);
};
