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
  const value = year + (month - 1) / 12 + (day - 1) / 365;
  if (decimalYears.size < 100_000) decimalYears.set(date, value);
  return value;
}

/** Dates repeat across events; converting each once saves work on large datasets. */
const decimalYears = new Map<string, number>();

/** Orders partial dates by their start; undated (null) sorts last. */
export function comparePartialDates(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return decimalYear(a) - decimalYear(b);
}

/** Events of a partnership sorted by date (undated last), for timelines. */
export function sortEvents<Event extends { date: string | null }>(events: readonly Event[]): Event[] {
  return [...events].sort((a, b) => comparePartialDates(a.date, b.date));
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
      (latest === null || comparePartialDates(event.date, latest) > 0)
    )
      latest = event.date;
  return latest;
}
