import type { PageView } from "../components/page.ts";
import { caseView } from "../components/caseView.ts";

/**
 * The page of one partnership: its case view (a line for every framework that assesses it, its profile, stages,
 * action plans and the evidence for every score). The workbench draws the same view live from a draft.
 */
export const casePage: PageView = (state, data, context) => caseView(state, data, context);
