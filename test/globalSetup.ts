import { buildSite } from "./e2e/previewSite.ts";
import { ROOT } from "./helpers.ts";

/** The end-to-end tests serve one build of the site and its notebooks, made once before any test file runs. */
export default async function setup(): Promise<void> {
  await buildSite(ROOT);
}
