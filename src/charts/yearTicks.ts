import { ticks } from "d3";

/**
 * Whole years from `start` to `end` (both included, rounded outwards) to
 * label a time axis with, at most `count` of them, evenly spaced. A span of a
 * few years on a wide chart gets one tick per year, never a fractional year
 * that a year format would print twice ("2019 2019 2020").
 *
 * @param start The first year shown (may be fractional: a dated event).
 * @param end The last year shown.
 * @param count The ticks there is room for; at least two are given.
 * @example yearTicks(2019, 2022, 15) // [2019, 2020, 2021, 2022]
 * @example yearTicks(1960, 2024, 2) // [1960, 1980, 2000, 2020]
 * @example yearTicks(1992, 2024.5, 6) // [1995, 2000, 2005, 2010, 2015, 2020, 2025]
 */
export function yearTicks(start: number, end: number, count: number): number[] {
  const [first, last] = [Math.floor(start), Math.ceil(end)];
  // d3 may find only one round year for a narrow chart (2000 in 1960–2024): ask for more until two are found.
  for (let asked = Math.max(2, count); asked <= Math.max(2, count) + 8; asked++) {
    const whole = ticks(first, last, asked).filter(Number.isInteger);
    if (whole.length >= 2) return whole;
  }
  return first === last ? [first] : [first, last];
}
