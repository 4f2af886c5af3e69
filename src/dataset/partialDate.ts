import type { Language } from "../language.ts";
import { eventStages, type EventStage } from "./vocabularies.ts";

/**
 * Dates in the sources come as a year, a year-month or a full date. They are
 * compared and measured on a decimal-year axis from the start of the period
 * they name: "2019" is 2019.0, "2019-07" is 2019.5.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Decimal year of the start of a partial date; throws on a malformed one.
 * @example decimalYear("2019-07") // 2019.5
 */
export function decimalYear(date: string): number {
  const known = decimalYears.get(date);
  if (known !== undefined) return known;
  const match = PARTIAL_DATE.exec(date);
  if (!match)
    throw new Error(`not a year, year-month or date: ${JSON.stringify(date)} (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const problem = calendarProblem(date);
  if (problem !== null) throw new Error(`${JSON.stringify(date)} is not a date in the calendar: ${problem}`);
  const value = year + (month - 1) / 12 + (day - 1) / 365;
  if (decimalYears.size < 100_000) decimalYears.set(date, value);
  return value;
}

/**
 * What is wrong with a year, year-month or date that has the right shape but
 * is not in the calendar (a 13th month, 30 February), or null when it is.
 * In Indonesian with `language` "id".
 * @example calendarProblem("2019-02-29") // "February 2019 has 28 days"
 * @example calendarProblem("2019-02-29", "id") // "Februari 2019 hanya 28 hari"
 */
export function calendarProblem(date: string, language: Language = "en"): string | null {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12)
    return language === "id" ? `tidak ada bulan ${match[2]}` : `there is no month ${match[2]}`;
  if (match[3] === undefined) return null;
  const day = Number(match[3]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const name = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString(language, { month: "long", timeZone: "UTC" });
  if (day >= 1 && day <= days) return null;
  return language === "id" ? `${name} ${year} hanya ${days} hari` : `${name} ${year} has ${days} days`;
}

/** Dates repeat across events; converting each once saves work on large datasets. */
const decimalYears = new Map<string, number>();

/**
 * Orders partial dates by their start; undated (null) sorts last. A date
 * inside a less precise one (`2008-09` and `2008`) compares equal: which came
 * first is not known, so neither is put before the other.
 * @example comparePartialDates("2008", "2008-09") // 0
 */
export function comparePartialDates(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (a.startsWith(b) || b.startsWith(a)) return 0;
  return decimalYear(a) - decimalYear(b);
}

/**
 * A total order of partial dates by their start, the less precise first
 * among equal starts (`2008` before `2008-01`): for picking the earliest or
 * latest of several dates whatever order they come in.
 * @example compareDateStarts("2008-09", "2008") > 0 // true
 */
export function compareDateStarts(a: string, b: string): number {
  return decimalYear(a) - decimalYear(b) || a.length - b.length;
}

/**
 * Events of a partnership sorted by date (undated last), for timelines;
 * events whose order the dates leave open (`2008` and `2008-09`) follow the
 * procedure's order of stages, then file order.
 */
export function sortEvents<Event extends { date: string | null; stage: EventStage }>(
  events: readonly Event[],
): Event[] {
  const position = (stage: EventStage) => eventStages.codes.indexOf(stage);
  return [...events].sort((a, b) => comparePartialDates(a.date, b.date) || position(a.stage) - position(b.stage));
}

/**
 * The latest date of a realised event, or null: the moment the data describe.
 * Planned events are left out, since their dates lie in the sources' future.
 */
export function latestEventDate(events: ReadonlyArray<{ date: string | null; status: string }>): string | null {
  let latest: string | null = null;
  for (const event of events)
    if (
      event.status === "realised" &&
      event.date !== null &&
      (latest === null || compareDateStarts(event.date, latest) > 0)
    )
      latest = event.date;
  return latest;
}
