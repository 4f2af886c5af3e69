import { SCORE_WORDS } from "../../../src/charts/scoreColors.ts";
import { indicatorMatrix } from "../../../src/charts/indicatorMatrix.ts";
import { matrixChart } from "../../../src/charts/matrixChart.ts";
import { matrixTable } from "../../../src/charts/matrixTable.ts";
import { timelineChart, timelineData, timelineEnd, timelineTable } from "../../../src/charts/timeline.ts";
import { eventStatuses } from "../../../src/dataset/vocabularies.ts";
import type { DatasetReading } from "../../../src/dataset/readDataset.ts";
import type { PartnershipScore } from "../../../src/score/scoreDataset.ts";
import { vocabularyLabels } from "../../../src/language.ts";
import { chartFigure } from "../../../web/chartFigure.ts";
import { element } from "../../../web/dom.ts";
import type { SiteState } from "../model/state.ts";
import type { LazyFigure } from "./lazyCharts.ts";
import type { CASE_TEXTS } from "./caseView.ts";

/**
 * A case page's profile chart and its stages' timeline (a module of their own, loaded once the case page's text is on
 * screen: see caseView.ts and lazyCharts.ts).
 */
export function caseCharts({
  state,
  reading,
  score,
  events,
  title,
  width,
  texts,
  profile = true,
}: {
  state: SiteState;
  reading: DatasetReading;
  score: PartnershipScore;
  events: DatasetReading["dataset"]["events"];
  title: string;
  width: number;
  texts: (typeof CASE_TEXTS)[keyof typeof CASE_TEXTS];
  /** Whether to draw the profile: not for a partnership with no codings, whose profile would be all NA. */
  profile?: boolean;
}): LazyFigure[] {
  const { language } = state;
  const id = score.id;
  const cells = indicatorMatrix([score], { language });
  const timeline = timelineData([score.partnership], events, { until: timelineEnd(reading.dataset.events), language });
  // Each chart drawn in a task of its own the first time (lazyCharts.ts).
  return [
    ...(profile
      ? [
          () =>
            chartFigure(
              matrixChart(cells, {
                width,
                legendLabels: SCORE_WORDS[language],
                labels: { [id]: title },
                ariaLabel: `${texts.profile}: ${title}`,
              }),
              {
                name: `${id}-profile`,
                title: `${texts.profile}: ${title}`,
                summary: texts.profileSummary,
                language,
                data: matrixTable(cells, reading.dataset.sources),
              },
            ),
        ]
      : []),
    element("h3", { text: texts.timeline }),
    ...(timeline.rows.length > 0
      ? [
          () =>
            chartFigure(
              timelineChart(timeline, {
                width,
                ariaLabel: `${texts.timeline}: ${title}`,
                statusLabels: vocabularyLabels(eventStatuses, language),
              }),
              {
                name: `${id}-stages`,
                title: `${texts.timeline}: ${title}`,
                summary: texts.timelineSummary,
                language,
                data: timelineTable(timeline),
              },
            ),
        ]
      : []),
  ];
}
