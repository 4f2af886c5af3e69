import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import {
  parseRefiQdaCodeKey,
  refiQdaCodebook,
  refiQdaCodeKey,
  stableGuid,
} from "../../src/codebook/refiQdaCodebook.ts";
import { frameworks } from "../../src/frameworks/registry.ts";
import { cli, ROOT } from "../helpers.ts";

// The REFI-QDA codebook schema (QDA-XML codebook 1.0, REFI-QDA standard 1.5, section 5.2), validated with libxml2.
const SCHEMA = readFileSync(join(ROOT, "test/fixtures/refi-qda/Codebook.xsd"), "utf8");

const validate = (xml: string) => validateXML({ xml: [{ fileName: "codebook.qdc", contents: xml }], schema: [SCHEMA] });

describe("refiQdaCodebook({language})", () => {
  it("is valid against the published REFI-QDA codebook schema, in both languages", async () => {
    for (const language of ["en", "id"] as const) {
      const result = await validate(refiQdaCodebook({ language }));
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it("the schema check fails on a code without a GUID (the check can fail)", async () => {
    const broken = refiQdaCodebook().replace(/guid="[^"]+"/, "");
    expect((await validate(broken)).valid).toBe(false);
  });

  it("has one codable code per indicator and level, named with its key, the anchor as description", () => {
    const xml = refiQdaCodebook();
    const codable = [...xml.matchAll(/<Code guid="[^"]+" name="([^"]+)" isCodable="true">\n\s*<Description>([^<]*)</g)];
    const expected = Object.values(frameworks).reduce(
      (sum, framework) => sum + framework.indicators.length * framework.scale.levels.length,
      0,
    );
    expect(codable).toHaveLength(expected);
    const commitment = codable.find(([, name]) => name!.startsWith("ringrose/commitment=2 "))!;
    expect(commitment[1]).toBe("ringrose/commitment=2 Commitment: met");
    expect(commitment[2]).toBe(frameworks.ringrose.indicators[0]!.anchors[2]!.en);
  });

  it("escapes text and drops characters XML cannot carry", async () => {
    const registry = {
      test: {
        ...frameworks.ringrose,
        name: { id: 'Uji <&> "kutip"', en: 'Test <&> "quote"\u0001' },
      },
    };
    const xml = refiQdaCodebook({ registry });
    expect(xml).toContain('name="Test &lt;&amp;&gt; &quot;quote&quot;"');
    expect((await validate(xml)).valid).toBe(true);
  });
});

describe("stableGuid(text) and the code keys", () => {
  it("gives the same GUID for the same text, different GUIDs for the codebook's codes, in the RFC 9562 layout", () => {
    expect(stableGuid("a")).toBe(stableGuid("a"));
    const guids = [...refiQdaCodebook().matchAll(/guid="([^"]+)"/g)].map((match) => match[1]!);
    expect(new Set(guids).size).toBe(guids.length);
    for (const guid of guids)
      expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("reads a code's name back into framework, indicator and score", () => {
    expect(parseRefiQdaCodeKey(`${refiQdaCodeKey("three-layers", "smes_startups", 2)} SMEs: realised`)).toEqual({
      framework: "three-layers",
      indicator: "smes_startups",
      score: 2,
    });
    expect(parseRefiQdaCodeKey("Commitment")).toBeNull();
  });
});

describe("paradiplomacy codebook --format qdc", () => {
  it("prints the REFI-QDA codebook in the language asked for", async () => {
    const { code, stdout } = await cli("codebook", "--format", "qdc", "--lang", "id");
    expect(code).toBe(0);
    expect(stdout).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    expect(stdout).toContain("ringrose/commitment=2 Komitmen: terpenuhi");
  });
});
