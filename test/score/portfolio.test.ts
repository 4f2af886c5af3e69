import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/dataset/readDataset.ts";
import { aggregateByLocalGovernment, PORTFOLIO_MEMBER } from "../../src/score/aggregateByLocalGovernment.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { scorePortfolios } from "../../src/score/scorePortfolios.ts";
import { cli, MINIMAL, problemsOf, textsOf, writeDatasetFolder } from "../helpers.ts";

// Kota A has two partnerships; its source says something of all of them: no political aspect, and a staff shortage.
const partnerships =
  MINIMAL.partnerships +
  "kota-a-kota-c,Kota A,city,ID,Indonesia,Kota C,city,ZA,South Africa,sister-city,,,,,,,,src,4.1,\n";
const portfolio_codings =
  MINIMAL.portfolio_codings +
  "Kota A,three-layers,distinct_identity,0,ana,no politics in any partnership,finding,src,4.3,\n" +
  "Kota A,challenges,human_resources,1,ana,the office lacks staff,finding,src,4.3,\n";
const { dataset, problems } = readDataset(textsOf({ partnerships, portfolio_codings }));

describe("portfolio-level codings (a statement about all of a local government's partnerships)", () => {
  it("the dataset used here is valid", () => expect(problems).toEqual([]));

  it("are not copied into any partnership: each partnership's own result ignores them", () => {
    for (const score of scoreDataset(dataset)) {
      expect(score["three-layers"].layers.political.status, score.id).toBe("not assessable");
      expect(score.challenges.present, score.id).toEqual([]);
    }
  });

  it("scorePortfolios(dataset) scores them once per local government, null for frameworks they do not touch", () => {
    const kotaA = scorePortfolios(dataset).get("Kota A")!;
    expect(kotaA.codings).toHaveLength(2);
    expect(kotaA["three-layers"]!.layers.political.status).toBe("absent");
    expect(kotaA.challenges!.present).toEqual(["human_resources"]);
    expect(kotaA.ringrose).toBeNull();
  });

  it("aggregateByLocalGovernment(scores, registry, portfolios) counts them as one more member, named as the portfolio", () => {
    const [kotaA] = aggregateByLocalGovernment(scoreDataset(dataset), undefined, scorePortfolios(dataset));
    // Hand-computed: B has culture 2 (multidimensional present); the portfolio has political 0 → absent, not NA.
    expect(kotaA!["three-layers"].layers.political.status).toBe("absent");
    expect(kotaA!["three-layers"].layers.multidimensional.presentIn).toEqual(["kota-a-kota-b"]);
    expect(kotaA!.challenges.presentIn).toEqual({ human_resources: [PORTFOLIO_MEMBER] });
    expect(kotaA!.portfolio_codings.map((coding) => coding.indicator)).toEqual([
      "distinct_identity",
      "human_resources",
    ]);
  });

  it("must name a local government of partnerships.csv and follow the codebook", () => {
    expect(
      problemsOf({
        portfolio_codings: `${MINIMAL.portfolio_codings}Kota Z,challenges,human_resources,2,ana,x,finding,src,1,\n`,
      }),
    ).toEqual([
      'portfolio_codings.csv:2:1: local_government refers to an unknown partnership (expected a local_government listed in partnerships.csv, found "Kota Z")',
      'portfolio_codings.csv:2:4: score is not on the scale of challenges (expected an integer from 0 to 1 or NA, found "2")',
    ]);
  });

  it("score --by local-government --format json prints them with their evidence", async () => {
    const folder = writeDatasetFolder({ partnerships, portfolio_codings });
    const [kotaA] = JSON.parse((await cli("score", folder, "--by", "local-government", "--format", "json")).stdout);
    expect(kotaA.portfolio_codings[0]).toMatchObject({
      local_government: "Kota A",
      evidence: "no politics in any partnership",
      evidence_kind: "finding",
    });
    expect(kotaA["three-layers"].layers.political.status).toBe("absent");
  });
});
