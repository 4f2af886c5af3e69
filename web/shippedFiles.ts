import partnerships from "../datasets/indonesia/partnerships.csv?raw";
import events from "../datasets/indonesia/events.csv?raw";
import codings from "../datasets/indonesia/codings.csv?raw";
import portfolioCodings from "../datasets/indonesia/portfolio_codings.csv?raw";
import sources from "../datasets/indonesia/sources.csv?raw";
import datapackage from "../datasets/indonesia/datapackage.json?raw";

/** The shipped dataset's files as text, keyed by file name, `datapackage.json` included (the workbench opens partnerships from them). */
export const SHIPPED_FILES: Readonly<Record<string, string>> = {
  "datapackage.json": datapackage,
  "partnerships.csv": partnerships,
  "events.csv": events,
  "codings.csv": codings,
  "portfolio_codings.csv": portfolioCodings,
  "sources.csv": sources,
};
