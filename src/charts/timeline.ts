import { textIn } from "../dataset/textIn.ts";
import type { Language } from "../language.ts";
import { chartFontSize } from "./chartFontSize.ts";
import { labelMargin } from "./wrapText.ts";
import { legendSize } from "./legendSize.ts";
import * as Plot from "@observablehq/plot";
import { group, max, min, ticks } from "d3";
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

/** A timeline: one line per partnership from first contact, its dated events as dots coloured by status. */
export function timelineChart(
  { rows, events }: ReturnType<typeof timelineData>,
  options: TimelineChartOptions = {},
): SVGSVGElement | HTMLElement {
  const { width = 900, ariaLabel = "Timeline of partnerships", statusLabels = {}, href, document } = options;
  const labels = Object.fromEntries(rows.map((row) => [row.partnership, row.label]));
  const { fontSize = chartFontSize(width) } = options;
  const room = labelMargin(Object.values(labels), fontSize, width);
  return Plot.plot({
    width,
    style: { fontSize: `${fontSize}px` },
    height: 40 + rows.length * Math.max(24, room.lines * fontSize * 1.15 + 6),
    marginLeft: room.marginLeft,
    // Room for half of the last year's label.
    marginRight: Math.ceil(fontSize * 1.6 + 6),
    ariaLabel,
    document,
    // Whole years only (a wide slide would otherwise tick every fifth of a year, "2004 2004 2004"), a tick per
    // 90 px at most, and the axis reaching past the last dot.
    x: { label: null, tickFormat: "d", grid: true, nice: true, ticks: yearTicks(rows, events, width) },
    y: {
      domain: rows.map((row) => row.partnership),
      tickFormat: (id: string) => room.format(labels[id] ?? id),
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
      Plot.ruleY(rows, { y: "partnership", x1: "start", x2: "end", stroke: "#999", strokeWidth: 2 }),
      Plot.dot(events, {
        x: "year",
        y: "partnership",
        fill: "status",
        r: 4,
        ...(href ? { href } : {}),
        title: (event: TimelineEvent) =>
          `${Math.floor(event.year)} · ${event.stage}: ${event.description} (${event.status})\n${event.source}`,
      }),
    ],
  });
}

/**
 * The timeline's ticks: whole years between its first and last year, at most one per 90 px of the chart's width.
 * @example yearTicks([{ partnership: "a", label: "A", start: 2004, end: 2008 }], [], 1840) // [2004, 2005, 2006, 2007, 2008]
 * @example yearTicks([{ partnership: "a", label: "A", start: 1990, end: 2024 }], [], 390) // [1990, 2000, 2010, 2020]
 */
export function yearTicks(rows: readonly TimelineRow[], events: readonly TimelineEvent[], width: number): number[] {
  const years = [...rows.flatMap((row) => [row.start, row.end]), ...events.map((event) => event.year)];
  if (years.length === 0) return [];
  return ticks(Math.floor(min(years)!), Math.ceil(max(years)!), Math.max(2, Math.floor(width / 90))).filter(
    Number.isInteger,
  );
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
