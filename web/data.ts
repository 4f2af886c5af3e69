// The shipped dataset, bundled as text and read with the same library code as the CLI.
import partnerships from "../datasets/indonesia/partnerships.csv?raw";
import events from "../datasets/indonesia/events.csv?raw";
import codings from "../datasets/indonesia/codings.csv?raw";
import portfolioCodings from "../datasets/indonesia/portfolio_codings.csv?raw";
import sources from "../datasets/indonesia/sources.csv?raw";
import type { DatasetReading } from "../src/dataset/readDataset.ts";
import { validateDataset } from "../src/validate/validateDataset.ts";

/**
 * Reads the bundled Indonesian dataset; problems are returned, never thrown. Its `datapackage.json` is not bundled
 * here: it repeats the Table Schemas the reader already carries (25 KB the first page would load twice), and the
 * tests check the shipped file against them (`test/dataset/indonesia.test.ts`). The workbench, which writes it into
 * its downloads, loads it with `shippedFiles.ts`.
 */
export function loadIndonesia(): DatasetReading {
  return validateDataset(
    {
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
