import type { Language } from "../../../src/language.ts";
import { element } from "../../../web/dom.ts";
import type { MergedImports } from "../model/mergeImports.ts";

const TEXTS = {
  id: {
    heading: "Sebagian data yang diimpor di peramban ini tidak ditambahkan ke data situs:",
    skipped: (count: number) =>
      `${count} kerja sama dilewati karena kodenya sudah dipakai (oleh data situs atau impor sebelumnya), beserta peristiwa dan kodingnya:`,
    sourceConflicts: (count: number) =>
      `${count} sumber dilewati karena kodenya sudah dipakai sumber lain (sumber yang sudah ada dipertahankan):`,
    elsewhere: (count: number) =>
      `${count} baris peristiwa dan koding untuk kerja sama yang tidak ada dalam impornya tidak ditambahkan ke data terbitan (koding kerja sama situs dibuka sebagai draf di Meja koding saat diimpor):`,

    rows: (partnership: string, count: number) => `${partnership}: ${count} baris`,
  },
  en: {
    heading: "Part of what was imported in this browser was not added to the site's data:",
    skipped: (count: number) =>
      `${count} partnership${count === 1 ? " was" : "s were"} left out because the id is already taken (by the site's data or an earlier import), with their events and codings:`,
    sourceConflicts: (count: number) =>
      `${count} source${count === 1 ? " was" : "s were"} left out because a different source already has the id (the one already there is kept):`,
    elsewhere: (count: number) =>
      `${count} row${count === 1 ? "" : "s"} of events and codings of partnerships their import does not hold ${count === 1 ? "was" : "were"} not added to the published data (codings of the site's partnerships were opened as drafts on the workbench when imported):`,

    rows: (partnership: string, count: number) => `${partnership}: ${count} row${count === 1 ? "" : "s"}`,
  },
} as const;

/**
 * What the stored imports merged on load could not place (mergeImports' report: partnerships whose id is taken,
 * sources in conflict, events and codings of partnerships the import does not hold), each listed in full, so that
 * nothing imported earlier is left out unsaid; nothing when everything was placed.
 */
export function importsNotice(
  { skipped, sourceConflicts, elsewhere }: Pick<MergedImports, "skipped" | "sourceConflicts" | "elsewhere">,
  language: Language,
): HTMLElement | null {
  const texts = TEXTS[language];
  const placedElsewhere = Object.entries(elsewhere);
  const rows = placedElsewhere.reduce((sum, [, count]) => sum + count, 0);
  const part = (className: string, text: string, items: string[]) =>
    element("div", { className }, [
      element("p", { text }),
      element(
        "ul",
        {},
        items.map((item) => element("li", { text: item })),
      ),
    ]);
  const parts = [
    ...(skipped.length > 0 ? [part("imports-skipped", texts.skipped(skipped.length), skipped)] : []),
    ...(sourceConflicts.length > 0
      ? [part("imports-source-conflicts", texts.sourceConflicts(sourceConflicts.length), sourceConflicts)]
      : []),
    ...(rows > 0
      ? [
          part(
            "imports-elsewhere",
            texts.elsewhere(rows),
            placedElsewhere.map(([partnership, count]) => texts.rows(partnership, count)),
          ),
        ]
      : []),
  ];
  if (parts.length === 0) return null;
  return element("div", { className: "imports-notice note", attributes: { role: "status" } }, [
    element("p", { text: texts.heading }),
    ...parts,
  ]);
}
