import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/dataset/readDataset.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { partnershipSummary } from "../../src/score/scoreRows.ts";
import { countEvidenceKinds, restsOnlyOnArguments, toPublicJson } from "../../src/score/toPublicJson.ts";
import { cli, MINIMAL, textsOf, writeDatasetFolder } from "../helpers.ts";

// One partnership, its five Ringrose elements each resting on a different kind of evidence (NA for tangible results).
const header = MINIMAL.codings.split("\n")[0];
const codings = [
  header,
  "kota-a-kota-b,ringrose,commitment,2,ana,the source reports it,finding,src,1,",
  "kota-a-kota-b,ringrose,community_participation,0,ana,the thesis argues it,argument,src,1,",
  "kota-a-kota-b,ringrose,mutual_understanding,2,ana,a study the source cites,secondary,src,1,",
  "kota-a-kota-b,ringrose,reciprocity,1,ana,the coder reads it so,inference,src,1,",
  "kota-a-kota-b,ringrose,tangible_results,NA,ana,,,,,",
  "",
].join("\n");
const { dataset, problems } = readDataset(textsOf({ codings }));

describe("evidence kinds in scoring", () => {
  it("the dataset used here is valid", () => expect(problems).toEqual([]));

  it("scoreDataset(dataset) uses every kind by default: index (1 + 0 + 1 + 0.5) / 4 = 0.625 over four elements", () => {
    const ringrose = scoreDataset(dataset)[0]!.ringrose;
    expect(ringrose.index).toBeCloseTo(0.625, 10);
    expect(ringrose.assessedCount).toBe(4);
  });

  it.each([
    // Hand-computed: each kind alone leaves one element assessed; NA stays NA.
    ["finding", 1, 1],
    ["argument", 0, 1],
    ["secondary", 1, 1],
    ["inference", 0.5, 1],
  ] as const)(
    "scoreDataset(dataset, {evidence: [%s]}) scores with that kind alone: index %d over %d element",
    (kind, index, count) => {
      const ringrose = scoreDataset(dataset, { evidence: [kind] })[0]!.ringrose;
      expect(ringrose.index).toBe(index);
      expect(ringrose.assessedCount).toBe(count);
      expect(ringrose.elements.tangible_results.score).toBeNull();
    },
  );

  it("scoreDataset(dataset, {evidence: ['finding', 'secondary']}) keeps both: (1 + 1) / 2", () => {
    expect(scoreDataset(dataset, { evidence: ["finding", "secondary"] })[0]!.ringrose.index).toBe(1);
  });

  it("leaves out events of other kinds too: a stage resting on an argued event is not reached with findings alone", () => {
    const events = `${MINIMAL.events.split("\n")[0]}\ne1,kota-a-kota-b,2019,mou-signed,,MoU,realised,src,4.1,,argument,\n`;
    const argued = readDataset(textsOf({ events })).dataset;
    expect(scoreDataset(argued)[0]!.stage.reached).toBe("mou-signed");
    expect(scoreDataset(argued, { evidence: ["finding"] })[0]!.stage.reached).toBeNull();
  });
});

describe("toPublicJson(score) and the evidence kinds", () => {
  it("prints each indicator's evidence_kind, counts the kinds per framework, and marks results argued only", () => {
    const json = toPublicJson(scoreDataset(dataset)[0]!) as unknown as Record<string, Record<string, unknown>>;
    const ringrose = json.ringrose as {
      elements: Record<string, { evidence_kind: string | null }>;
      evidence_kinds: unknown;
      argued_only: boolean;
    };
    expect(ringrose.elements.community_participation!.evidence_kind).toBe("argument");
    expect(ringrose.elements.tangible_results!.evidence_kind).toBeNull();
    expect(ringrose.evidence_kinds).toEqual({ finding: 1, argument: 1, secondary: 1, inference: 1 });
    expect(ringrose.argued_only).toBe(false);
    const argued = toPublicJson(
      scoreDataset(dataset, { evidence: ["argument", "inference"] })[0]!,
    ) as unknown as Record<string, { argued_only: boolean }>;
    expect(argued.ringrose!.argued_only).toBe(true);
  });

  it("restsOnlyOnArguments(kinds) is true only for some evidence, all arguments or inferences", () => {
    expect(restsOnlyOnArguments([])).toBe(false);
    expect(restsOnlyOnArguments(["argument", "inference"])).toBe(true);
    expect(restsOnlyOnArguments(["argument", "finding"])).toBe(false);
    expect(countEvidenceKinds(["finding", "finding", "secondary"])).toEqual({ finding: 2, secondary: 1 });
  });

  it("partnershipSummary(scores) ends with argued_only, listing the frameworks that rest on arguments alone", () => {
    const summary = partnershipSummary(scoreDataset(dataset, { evidence: ["argument"] }));
    expect(summary.columns.at(-1)).toBe("argued_only");
    expect(summary.rows[0]!.at(-1)).toBe("ringrose");
  });
});

describe("score --evidence", () => {
  it("scores with the kinds named, and refuses an unknown kind", async () => {
    const folder = writeDatasetFolder({ codings });
    const csv = (await cli("score", folder, "--format", "csv", "--evidence", "finding")).stdout.split("\r\n");
    const column = csv[0]!.split(",").indexOf("conditions_score");
    expect(csv[1]!.split(",")[column]).toBe("1");
    const { code, stderr } = await cli("score", folder, "--evidence", "finding,rumour");
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /--evidence: unknown kind of evidence "rumour" \(expected one or more of finding, argument, secondary, inference/,
    );
  });
});
