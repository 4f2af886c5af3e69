import { describe, expect, it } from "vitest";
import { codebookEntries, codebookMarkdown } from "../../src/codebook/codebook.ts";
import { frameworks } from "../../src/frameworks/registry.ts";
import { realisationScale } from "../../src/frameworks/scales.ts";
import type { Framework } from "../../src/frameworks/types.ts";
import type { EvidenceKind } from "../../src/dataset/vocabularies.ts";
import { aggregateByLocalGovernment } from "../../src/score/aggregateByLocalGovernment.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { localGovernmentSummary, partnershipSummary } from "../../src/score/scoreRows.ts";
import { toPublicJson } from "../../src/score/toPublicJson.ts";
import { validateDataset } from "../../src/validate/validateDataset.ts";
import { cliWith, MINIMAL, textsOf, writeDatasetFolder } from "../helpers.ts";

interface VisitsResult {
  visits: number | null;
  busy: boolean | null;
  kind: EvidenceKind | null;
}

/** A test-only framework: official visits, coded 0–2, with one option. Nothing outside this file names it. */
const visits: Framework<VisitsResult, { busyFrom: number }, { total: number }> = {
  id: "visits",
  name: { id: "Kunjungan resmi", en: "Official visits" },
  description: { id: "Kunjungan resmi antara kedua pihak.", en: "Official visits between the two sides." },
  citation: {
    id: "Kerangka uji, tidak dikutip siapa pun (hanya uji).",
    en: "A test framework, cited by nobody (test only).",
  },
  sources: [],
  notes: [],
  reads: ["codings"],
  scale: realisationScale,
  groups: [],
  indicators: [
    {
      id: "mayoral_visit",
      name: { id: "kunjungan wali kota", en: "mayoral visit" },
      definition: { id: "Wali kota berkunjung.", en: "The mayor visits." },
      anchors: {
        0: { id: "tidak", en: "no" },
        1: { id: "direncanakan", en: "planned" },
        2: { id: "terlaksana", en: "made" },
      },
    },
  ],
  options: {
    busyFrom: {
      flag: "busy-from",
      type: "number",
      description: { id: "Skor minimal untuk sibuk", en: "Lowest score counted as busy" },
      default: 2,
      check: (value) => {
        if (!(value >= 0)) throw new Error(`busyFrom must be ≥ 0, found ${JSON.stringify(value)}`);
      },
    },
  },
  score(input, options = {}) {
    const { busyFrom = 2 } = options;
    const coding = input.codings.find((candidate) => candidate.framework === "visits");
    const score = coding?.score ?? null;
    return { visits: score, busy: score === null ? null : score >= busyFrom, kind: coding?.evidence_kind ?? null };
  },
  isAssessed: (result) => result.visits !== null,
  evidenceKinds: (result) => (result.kind === null ? [] : [result.kind]),
  headline: (result, language) =>
    result.visits === null ? null : `${language === "id" ? "kunjungan" : "visits"}: ${result.visits}`,
  toJson: (result) => ({ visits: result.visits, busy: result.busy }),
  columns: [
    { name: "visits", description: { id: "Skor kunjungan", en: "Visits score" }, value: (result) => result.visits },
    { name: "busy", description: { id: "Sibuk", en: "Busy" }, value: (result) => result.busy },
  ],
  aggregate: (members) => ({ total: members.reduce((sum, member) => sum + (member.result.visits ?? 0), 0) }),
  aggregateColumns: [
    {
      name: "visits_total",
      description: { id: "Jumlah skor", en: "Sum of scores" },
      value: (aggregate) => aggregate.total,
    },
  ],
};

const registry = { ...frameworks, visits };
const codings = `${MINIMAL.codings}kota-a-kota-b,visits,mayoral_visit,1,ana,the mayor will visit,finding,src,4.3,\n`;

describe("a ninth framework added to a registry", () => {
  it("is validated by its own codebook rules and scored with its own options", () => {
    const reading = validateDataset(textsOf({ codings }), "t", registry);
    expect(reading.problems).toEqual([]);
    const [score] = scoreDataset(reading.dataset, { registry, options: { visits: { busyFrom: 1 } } });
    expect(score!.visits).toEqual({ visits: 1, busy: true, kind: "finding" });
    expect(() => scoreDataset(reading.dataset, { registry, options: { visits: { busyFrom: -1 } } })).toThrow(
      /busyFrom must be ≥ 0, found -1/,
    );
    // Without the framework, its codings are unknown.
    expect(validateDataset(textsOf({ codings })).problems.map((problem) => problem.message)).toContain(
      "unknown framework",
    );
  });

  it("appears in the public JSON, the summary table, the aggregation and the codebook", () => {
    const { dataset } = validateDataset(textsOf({ codings }), "t", registry);
    const scores = scoreDataset(dataset, { registry });
    expect(toPublicJson(scores[0]!, registry)).toMatchObject({ visits: { visits: 1, busy: false } });
    const summary = partnershipSummary(scores, registry);
    expect(summary.columns.slice(-3, -1)).toEqual(["visits", "busy"]);
    expect(summary.rows[0]!.slice(-3, -1)).toEqual([1, false]);
    const aggregated = aggregateByLocalGovernment(scores, registry);
    expect(aggregated[0]!.visits).toEqual({ total: 1 });
    expect(localGovernmentSummary(aggregated, registry).columns.at(-1)).toBe("visits_total");
    expect(
      codebookEntries([], registry)
        .filter((entry) => entry.framework === "visits")
        .map((entry) => entry.indicator),
    ).toEqual(["mayoral_visit"]);
    expect(codebookMarkdown(codebookEntries([], registry), "en", registry)).toMatch(
      /^## Official visits \(`visits`\)$/m,
    );
  });

  it("appears in the CLI's table, CSV, JSON, local-government output, options and codebook", async () => {
    const folder = writeDatasetFolder({ codings });
    const cli = (...args: string[]) => cliWith({ registry }, ...args);
    expect((await cli("validate", folder)).code).toBe(0);
    const csv = (await cli("score", folder, "--format", "csv", "--busy-from", "1")).stdout.split("\r\n");
    expect(csv[0]).toMatch(/,visits,busy,argued_only$/);
    expect(csv[1]).toMatch(/,1,yes,none$/);
    // The default table fits 120 columns and names the columns it leaves out; --wide shows the framework's own.
    expect((await cli("score", folder)).stdout).toMatch(/^ {2}.*\bbusy\b/m);
    expect((await cli("score", folder, "--wide")).stdout).toMatch(/^busy: Busy\.$/m);
    expect(JSON.parse((await cli("score", folder, "--format", "json")).stdout)[0].visits).toEqual({
      visits: 1,
      busy: false,
      evidence_kinds: { finding: 1 },
      argued_only: false,
    });
    expect((await cli("score", folder, "--format", "csv", "--by", "local-government")).stdout.split("\r\n")[0]).toMatch(
      /,visits_total$/,
    );
    expect((await cli("score", folder, "--busy-from=-3")).stderr).toMatch(
      /--busy-from: busyFrom must be ≥ 0, found -3/,
    );
    expect((await cli("score", "--help")).stdout).toMatch(
      /--busy-from VALUE\s+Lowest score counted as busy \[visits\]/,
    );
    expect((await cli("codebook", "--dataset", folder)).stdout).toMatch(/^### mayoral visit \(`mayoral_visit`\)$/m);
  });
});
