import { codeLabel } from "../../../src/frameworks/codeLabel.ts";
import type { Registry } from "../../../src/frameworks/registry.ts";
import type { Disagreement } from "../../../src/reliability/codingReliability.ts";
import { element } from "../../../web/dom.ts";
import { scoreText, unitKey } from "../model/resolvedCodings.ts";
import { session } from "../model/session.ts";
import type { Resolution } from "../model/storage.ts";
import type { AgreementTexts as Texts } from "./agreementTexts.ts";

/** One disagreement: each coder's score and evidence side by side, and how it is resolved (kept in the session). */
export function disagreementCard(
  disagreement: Disagreement,
  resolutions: ReadonlyMap<string, Resolution>,
  registry: Registry,
  language: "id" | "en",
  texts: Texts,
): HTMLElement {
  const framework = registry[disagreement.framework];
  const indicator = framework?.indicators.find((candidate) => candidate.id === disagreement.indicator);
  const key = unitKey(disagreement);
  const resolution = resolutions.get(key) ?? { score: "", note: "" };
  const levels = framework?.scale.levels.map((level) => String(level.value)) ?? [];
  const select = element("select", { attributes: { name: "resolution", "aria-label": texts.resolution } }, [
    element("option", { text: texts.unresolved, attributes: { value: "" } }),
    ...disagreement.judgements.map((judgement) =>
      element("option", {
        text: texts.take(judgement.coder, scoreText(judgement.score)),
        attributes: { value: `coder:${judgement.coder}` },
      }),
    ),
    ...["NA", ...levels].map((score) => element("option", { text: score, attributes: { value: score } })),
  ]);
  select.value = resolution.score;
  const note = element("input", {
    attributes: { type: "text", name: "resolution-note", "aria-label": texts.noteLabel },
  });
  note.value = resolution.note;
  const save = () => session.resolve({ unit: key, score: select.value, note: note.value });
  select.addEventListener("change", save);
  note.addEventListener("input", save);
  return element("article", { className: "disagreement", attributes: { "data-unit": key.replaceAll("\u0000", "/") } }, [
    element("h4", {
      text: `${disagreement.partnership} · ${framework?.name[language] ?? disagreement.framework}: ${indicator?.name[language] ?? disagreement.indicator}`,
    }),
    element(
      "div",
      { className: "judgements" },
      disagreement.judgements.map((judgement) =>
        element("section", { className: "judgement" }, [
          element("h5", { text: judgement.coder }),
          element("p", { text: `${texts.score}: ${scoreText(judgement.score)}` }),
          element("p", {
            text: `${texts.kind}: ${judgement.evidence_kind === null ? "—" : codeLabel("evidence_kind", judgement.evidence_kind, language)}`,
          }),
          element("blockquote", { text: judgement.evidence ?? "—" }),
          element("p", {
            className: "note",
            text: `${texts.source}: ${judgement.source ?? "—"}${judgement.locator ? `, ${judgement.locator}` : ""}`,
          }),
        ]),
      ),
    ),
    element("div", { className: "resolution" }, [
      element("label", {}, [element("span", { text: texts.resolution }), select]),
      element("label", {}, [element("span", { text: texts.noteLabel }), note]),
    ]),
  ]);
}
