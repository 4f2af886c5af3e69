import { textIn } from "../dataset/textIn.ts";
import type { Language } from "../language.ts";
import { chartFontSize } from "./chartFontSize.ts";
import { labelMargin } from "./wrapText.ts";
import { stackEvents } from "./stackEvents.ts";
import { yearTicks } from "./yearTicks.ts";
import { legendSize } from "./legendSize.ts";
import * as Plot from "@observablehq/plot";
import { group, max, min, nice } from "d3";
import type { Partnership, PartnershipEvent } from "../dataset/types.ts";
import { eventStatuses } from "../dataset/vocabularies.ts";
import { decimalYear, latestEventDate } from "../dataset/partialDate.ts";

/** Where ongoing partnerships' lines end: the year after the latest realised event (the data's own present, never the clock). */
export function timelineEnd(events: PartnershipEvent[], fallback = 2024): number {
  const latest = latestEventDate(events);
  return latest === null ? fallback : Math.ceil(decimalYear(latest)) + 1;
}

export interface TimelineRow {
  partnership: string;
  label: string;
  start: number;
  end: number;
}

export interface TimelineEvent {
  partnership: string;
  year: number;
  stage: string;
  status: string;
  description: string;
  source: string;
}

/**
 * The data of the partnerships timeline: for each partnership with a year
 * of first contact or a dated event, its span from the first to the last
 * known date (or `until`), and its dated events. Pure.
 */
export function timelineData(
  partnerships: Partnership[],
  events: PartnershipEvent[],
  { until, language = "en" }: { until: number; language?: Language },
) {
  const dated = events
    .filter((event) => event.date !== null)
    .map((event) => ({
      partnership: event.partnership,
      year: decimalYear(event.date!),
      stage: event.stage,
      status: event.status,
      description: textIn(event, "description", language),
      source: `${event.source}, ${event.locator}`,
    }));
  const rows: TimelineRow[] = [];
  const realisedYears = group(
    dated.filter((event) => event.status === "realised"),
    (event) => event.partnership,
  );
  for (const partnership of partnerships) {
    const years = (realisedYears.get(partnership.id) ?? []).map((event) => event.year);
    if (partnership.first_contact_year !== null) years.push(partnership.first_contact_year);
    if (years.length === 0) continue;
    const start = min(years)!;
    const ongoing = partnership.status === "active" || partnership.status === "mou";
    rows.push({
      partnership: partnership.id,
      label: `${partnership.local_government} – ${partnership.partner}`,
      start,
      end: ongoing ? until : max(years)!,
    });
  }
  rows.sort((a, b) => a.start - b.start);
  const shown = new Set(rows.map((row) => row.partnership));
  return { rows, events: dated.filter((event) => shown.has(event.partnership)) as TimelineEvent[] };
}

export interface TimelineChartOptions {
  /** Size of the chart's text in px; default chartFontSize(width) (a slide sets the projector's). */
  fontSize?: number;
  /** Width of the chart in CSS pixels; default 900. */
  width?: number;
  /** Accessible description of the chart. */
  ariaLabel?: string;
  /** Legend labels of the event statuses (realised, planned, cancelled); default the codes. */
  statusLabels?: Record<string, string>;
  /** The address each event's dot links to; default no links. */
  href?: (event: TimelineEvent) => string;
  /** The document to create elements in (a jsdom document in Node); default the window's. */
  document?: Document;
}

/**
 * A timeline: one line per partnership from first contact, its dated events
 * as dots coloured by status. Events whose dots would cover each other in a
 * row (two events of the same year) are stacked across the row, so that every
 * event is seen; the axis is labelled in whole years.
 */
export function timelineChart(
  { rows, events }: ReturnType<typeof timelineData>,
  options: TimelineChartOptions = {},
): SVGSVGElement | HTMLElement {
  const { width = 900, ariaLabel = "Timeline of partnerships", statusLabels = {}, href, document } = options;
  const labels = Object.fromEntries(rows.map((row) => [row.partnership, row.label]));
  const { fontSize = chartFontSize(width) } = options;
  const room = labelMargin(Object.values(labels), fontSize, width);
  // Room for half of the last year's label.
  const marginRight = Math.ceil(fontSize * 1.6 + 6);
  const marginTop = Math.ceil(fontSize / 2 + 4);
  const marginBottom = Math.ceil(fontSize * 2 + 8);
  const years = [...rows.flatMap((row) => [row.start, row.end]), ...events.map((event) => event.year)];
  const plotWidth = width - room.marginLeft - marginRight;
  const tickCount = Math.floor(plotWidth / 90);
  // Whole years, widened to the ticks' step where that adds little (1960–2025 rather than 1960–2024, never 1950–2050).
  const first = Math.floor(min(years) ?? 2000);
  const last = Math.max(first + 1, Math.ceil(max(years) ?? 2001));
  const [niceFirst, niceLast] = nice(first, last, tickCount);
  const [x0, x1] = niceLast - niceFirst <= (last - first) * 1.15 ? [niceFirst, niceLast] : [first, last];
  const radius = 4;
  const gap = 2 * radius + 2;
  const index = new Map(rows.map((row, position) => [row.partnership, position]));
  const slots = stackEvents(
    events.map((event) => ({ row: event.partnership, x: ((event.year - x0) / (x1 - x0)) * plotWidth })),
    gap,
  );
  const deepest = Math.max(1, ...slots.map((slot) => slot.of));
  const rowHeight = Math.max(24, room.lines * fontSize * 1.15 + 6, deepest * gap + 6);
  // Each dot's place across its row, in rows (the y scale counts rows from 0 at the top).
  const placed = events.map((event, position) => {
    const { slot, of } = slots[position]!;
    return { ...event, row: index.get(event.partnership)! + ((slot - (of - 1) / 2) * gap) / rowHeight };
  });
  return Plot.plot({
    width,
    style: { fontSize: `${fontSize}px` },
    height: marginTop + marginBottom + rows.length * rowHeight,
    marginTop,
    marginBottom,
    marginLeft: room.marginLeft,
    marginRight,
    ariaLabel,
    document,
    // Whole years, a tick per 90 px at most, the axis reaching from the first year to past the last dot.
    x: {
      label: null,
      tickFormat: "d",
      grid: true,
      domain: [x0, x1],
      ticks: yearTicks(x0, x1, tickCount),
    },
    y: {
      domain: [rows.length - 0.5, -0.5],
      ticks: rows.map((_, position) => position),
      tickFormat: (position: number) => room.format(labels[rows[position]?.partnership ?? ""] ?? ""),
      tickSize: 0,
      label: null,
    },
    color: {
      ...legendSize(fontSize),
      domain: eventStatuses.codes,
      range: ["#0072B2", "#E69F00", "#D55E00"],
      legend: true,
      tickFormat: (status: string) => statusLabels[status] ?? status,
    },
    marks: [
      Plot.ruleY(rows, {
        y: (row: TimelineRow) => index.get(row.partnership),
        x1: "start",
        x2: "end",
        stroke: "#999",
        strokeWidth: 2,
      }),
      Plot.dot(placed, {
        x: "year",
        y: "row",
        fill: "status",
        r: radius,
        ...(href ? { href } : {}),
        title: (event: TimelineEvent) =>
          `${Math.floor(event.year)} · ${event.stage}: ${event.description} (${event.status})\n${event.source}`,
      }),
    ],
  });
}

/** The data a timeline draws, as a table for its CSV download: one row per event drawn. */
export function timelineTable({ events }: ReturnType<typeof timelineData>) {
  return {
    header: ["partnership", "year", "stage", "status", "description", "source"],
    rows: events.map((event) => [
      event.partnership,
      event.year,
      event.stage,
      event.status,
      event.description,
      event.source,
    ]),
  };
}
