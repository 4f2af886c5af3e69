/**
 * Options for a scale whose legend Plot draws (swatches), setting its text
 * at the chart's `fontSize` rather than Plot's 10 px, with swatches to match.
 * Plot passes a scale's options to its legend, but its types do not list
 * them: spread this into the scale's options.
 * @example Plot.plot({ color: { legend: true, ...legendSize(14) }, marks })
 */
export function legendSize(fontSize: number): Record<string, unknown> {
  return { style: { fontSize: `${fontSize}px` }, swatchSize: Math.round(fontSize * 1.1) };
}
