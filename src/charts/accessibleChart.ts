/**
 * Makes a chart's accessibility tree valid for assistive technology: Plot
 * labels each mark's `<g>` (`aria-label="rule"`), and an `aria-label` on an
 * element with no role is not allowed (axe: aria-prohibited-attr), so each
 * such group gets the role `group` that the label names. Returns whether the
 * chart holds anything a keyboard can reach (links, buttons, focusable
 * elements), for the figure around it to decide whether it may be one image.
 *
 * @example
 * const chart = Plot.plot({marks: [Plot.ruleY([0])], document});
 * [accessibleChart(chart), chart.querySelector('g[aria-label="rule"]').getAttribute("role")] // [false, "group"]
 */
export function accessibleChart(chart: Element): boolean {
  for (const group of chart.querySelectorAll("g[aria-label]:not([role])")) group.setAttribute("role", "group");
  return chart.querySelector("a, button, input, select, textarea, [tabindex]") !== null;
}
