import type { Language } from "../../../src/language.ts";
import type { Registry } from "../../../src/frameworks/registry.ts";
import { element } from "../../../web/dom.ts";

const TEXTS = {
  id: { framework: "Kerangka", indicator: "Indikator", apply: "Kodekan", cancel: "Batal" },
  en: { framework: "Framework", indicator: "Indicator", apply: "Code", cancel: "Cancel" },
} as const;

export interface IndicatorChooserOptions {
  registry: Registry;
  language: Language;
  /** Called with the framework and indicator chosen. */
  onApply: (framework: string, indicator: string) => void;
  onCancel: () => void;
}

/**
 * What "code this passage" opens: a framework (of those coded from
 * sources), then one of its indicators, and the buttons to code the
 * passage with it or to cancel; the score is then chosen in the
 * indicator's form, with its anchors. Returns the controls, in order.
 */
export function indicatorChooser(options: IndicatorChooserOptions): HTMLElement[] {
  const { registry, language, onApply, onCancel } = options;
  const texts = TEXTS[language];
  const frameworkSelect = element("select", { attributes: { "aria-label": texts.framework } });
  const indicatorSelect = element("select", { attributes: { "aria-label": texts.indicator } });
  const codable = Object.entries(registry).filter(([, framework]) => framework.reads.includes("codings"));
  frameworkSelect.append(...codable.map(([id, framework]) => new Option(framework.name[language], id)));
  const fillIndicators = () =>
    indicatorSelect.replaceChildren(
      ...registry[frameworkSelect.value]!.indicators.map(
        (indicator) => new Option(indicator.name[language], indicator.id),
      ),
    );
  frameworkSelect.addEventListener("change", fillIndicators);
  fillIndicators();
  const apply = element("button", { text: texts.apply, attributes: { type: "button" } });
  const cancel = element("button", { text: texts.cancel, attributes: { type: "button" } });
  apply.addEventListener("click", () => onApply(frameworkSelect.value, indicatorSelect.value));
  cancel.addEventListener("click", onCancel);
  return [
    element("label", {}, [element("span", { text: `${texts.framework} ` }), frameworkSelect]),
    element("label", {}, [element("span", { text: `${texts.indicator} ` }), indicatorSelect]),
    apply,
    cancel,
  ];
}
