import { min } from "d3";
import { eventStatuses, partnershipKinds } from "../../../src/dataset/vocabularies.ts";
import { mappablePartnerships, partnershipMap } from "../../../src/charts/partnershipMap.ts";
import { timelineChart, timelineData, timelineEnd, timelineTable } from "../../../src/charts/timeline.ts";
import { vocabularyLabels } from "../../../src/language.ts";
import type { DatasetReading } from "../../../src/dataset/readDataset.ts";
import { chartFigure } from "../../../web/chartFigure.ts";
import { loadedLand, loadLand, NO_LAND, type Land } from "../model/land.ts";
import { element } from "../../../web/dom.ts";
import { href, type SiteState } from "../model/state.ts";
import type { OVERVIEW } from "./overviewTexts.ts";
import type { LazyFigure } from "./lazyCharts.ts";

/** The land outlines, fetched as soon as this module is (whether they arrive or not: the map says which). */
export const landLoaded: Promise<unknown> = loadLand().catch(() => undefined);

/**
 * The overview's map and timeline (a module of their own, loaded once the overview's text is on screen: see
 * overviewPage.ts).
 */
export function overviewCharts(
  state: SiteState,
  reading: DatasetReading,
  width: number,
  texts: (typeof OVERVIEW)[keyof typeof OVERVIEW],
): LazyFigure[] {
  const { language } = state;
  const caseHref = (id: string) => href({ ...state, page: "case", caseId: id });
  const { partnerships, events } = reading.dataset;
  const drawn = mappablePartnerships(partnerships);
  const timeline = timelineData(partnerships, events, { until: timelineEnd(events), language });
  const firstYear = Math.floor(min(timeline.rows, (row) => row.start) ?? 0);
  const mapFigure = (land: Land) =>
    chartFigure(
      partnershipMap(partnerships, {
        land,
        width,
        ariaLabel: texts.map,
        kindLabels: vocabularyLabels(partnershipKinds, language),
        href: (partnership) => caseHref(partnership.id),
      }),
      {
        name: "partnership-map",
        title: texts.map,
        summary: texts.mapSummary(drawn.length, partnerships.length),
        language,
        data: {
          header: [
            "id",
            "local_government",
            "partner",
            "partner_country_name",
            "kind",
            "local_latitude",
            "local_longitude",
            "partner_latitude",
            "partner_longitude",
          ],
          rows: drawn.map((partnership) => [
            partnership.id,
            partnership.local_government,
            partnership.partner,
            partnership.partner_country_name,
            partnership.kind,
            partnership.local_latitude,
            partnership.local_longitude,
            partnership.partner_latitude,
            partnership.partner_longitude,
          ]),
        },
      },
    );
  // The land outlines arrive as a file of their own: the map is drawn at once without them, then again with them.
  const drawMap = () => {
    let map = mapFigure(loadedLand() ?? NO_LAND);
    if (loadedLand() === undefined)
      loadLand().then(
        (land) => {
          if (!map.isConnected) return;
          const drawnWithLand = mapFigure(land);
          map.replaceWith(drawnWithLand);
          map = drawnWithLand;
        },
        (error: Error) => map.append(element("p", { className: "error", text: error.message })),
      );
    return map;
  };
  // Each drawn in a task of its own the first time (lazyCharts.ts).
  return [
    drawMap,
    () =>
      chartFigure(
        timelineChart(timeline, {
          width,
          ariaLabel: texts.timeline,
          statusLabels: vocabularyLabels(eventStatuses, language),
          href: (event) => caseHref(event.partnership),
        }),
        {
          name: "partnership-timeline",
          title: texts.timeline,
          summary: texts.timelineSummary(timeline.rows.length, firstYear),
          language,
          data: timelineTable(timeline),
        },
      ),
  ];
}
