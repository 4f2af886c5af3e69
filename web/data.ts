// The shipped dataset, bundled as text and read with the same library code as the CLI.
import partnerships from "../datasets/indonesia/partnerships.csv?raw";
import events from "../datasets/indonesia/events.csv?raw";
import codings from "../datasets/indonesia/codings.csv?raw";
import portfolioCodings from "../datasets/indonesia/portfolio_codings.csv?raw";
import sources from "../datasets/indonesia/sources.csv?raw";
import datapackage from "../datasets/indonesia/datapackage.json?raw";
import type { DatasetReading } from "../src/dataset/readDataset.ts";
import { validateDataset } from "../src/validate/validateDataset.ts";

/** Reads the bundled Indonesian dataset; problems are returned, never thrown. */
export function loadIndonesia(): DatasetReading {
  return validateDataset(
    {
      datapackage: { file: "datapackage.json", text: datapackage },
      resources: {
        partnerships: { file: "partnerships.csv", text: partnerships },
        events: { file: "events.csv", text: events },
        codings: { file: "codings.csv", text: codings },
        portfolio_codings: { file: "portfolio_codings.csv", text: portfolioCodings },
        sources: { file: "sources.csv", text: sources },
      },
    },
    "indonesia",
  );
}

/** The shipped dataset's files as text, keyed by file name (the workbench opens partnerships from them). */
export const SHIPPED_FILES: Readonly<Record<string, string>> = {
  "datapackage.json": datapackage,
  "partnerships.csv": partnerships,
  "events.csv": events,
  "codings.csv": codings,
  "portfolio_codings.csv": portfolioCodings,
  "sources.csv": sources,
};
