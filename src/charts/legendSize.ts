/**
 * Options for a scale whose legend Plot draws (swatches), setting its text
 * at the chart's `fontSize` rather than Plot's 10 px, with swatches to match.
 * Plot passes a scale's options to its legend, but its types do not list
 * them: spread this into the scale's options.
 * @example legendSize(14) // { style: { fontSize: "14px" }, swatchSize: 15 }
 */
export function legendSize(fontSize: number): Record<string, unknown> {
  return { style: { fontSize: `${fontSize}px` }, swatchSize: Math.round(fontSize * 1.1) };
}
