// The modules the site's Vite plugins write (site/*.ts).

declare module "virtual:framework-summaries" {
  /** The frameworks' summaries, in the registry's order (site/frameworkSummaries.ts). */
  const summaries: readonly import("./frameworkSummaries.ts").FrameworkSummary[];
  export default summaries;
}
