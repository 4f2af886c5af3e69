/**
 * The size of chart text for a chart drawn `width` pixels wide: never below
 * 12 px (readable on a phone), growing with the chart on large screens and
 * projectors (width / 85, so 13 px at 1,100 and 16 px at 1,400), at most 20.
 * @example chartFontSize(390) // 12
 */
export function chartFontSize(width: number): number {
  return Math.round(Math.min(20, Math.max(12, width / 85)));
}
