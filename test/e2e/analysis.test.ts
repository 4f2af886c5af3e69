import { readFileSync } from "node:fs";
import { join } from "node:path";
import { qcaDataFromScores } from "../../src/analysis/qcaFromScores.ts";
import { qca } from "../../src/qca/qca.ts";
import { refiQdaCodebook } from "../../src/codebook/refiQdaCodebook.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { validateDataset } from "../../src/validate/validateDataset.ts";
import { describe, expect, it } from "vitest";
import { INDONESIA, ROOT } from "../helpers.ts";
import { builtSiteInChromium, openWatched, downloaded } from "./browser.ts";

const site = builtSiteInChromium();
const open = (path: string) => openWatched(site.context, site.url, path);

describe("QCA and the robustness of the index (built site, in Chromium)", () => {
  it("runs a QCA of the coded partnerships in a Web Worker and shows the solution, the truth table and an XY plot", async () => {
    const { page, errors, foreign } = await open("./?page=qca&lang=en");
    await page.waitForSelector("button.run-qca");
    await page.selectOption('select[name="outcome"]', "ACTIVE");
    for (const box of await page.locator('input[name="condition"]').all()) await box.setChecked(false);
    await page.check('input[name="condition"][value="COM"]');
    await page.check('input[name="condition"][value="REC"]');
    await page.click("button.run-qca");
    await page.waitForSelector(".parsimonious .expression");
    // The same solutions as the library computes in Node for the shipped dataset.
    const reading = validateDataset({
      resources: Object.fromEntries(
        (["partnerships", "events", "codings", "portfolio_codings", "sources"] as const).map((name) => [
          name,
          { file: `${name}.csv`, text: readFileSync(join(INDONESIA, `${name}.csv`), "utf8") },
        ]),
      ),
    });
    const { data } = qcaDataFromScores(scoreDataset(reading.dataset), {
      outcome: "ACTIVE",
      conditions: ["COM", "REC"],
    });
    const expected = qca(data);
    expect(await page.locator(".conservative .expression").allTextContents()).toEqual(
      expected.solutions.conservative.map((solution, index) => `M${index + 1}: ${solution.expression} → ACTIVE`),
    );
    expect(await page.locator(".parsimonious .expression").allTextContents()).toEqual(
      expected.solutions.parsimonious.map((solution, index) => `M${index + 1}: ${solution.expression} → ACTIVE`),
    );
    expect(await page.locator("table.truth-table tbody tr").count()).toBeGreaterThan(0);
    // Cases by the names a reader knows, in the truth table and the XY plot's labels, never by their ids.
    const truth = await page.locator("table.truth-table").textContent();
    expect(truth).toContain("Denpasar – Mossel Bay");
    expect(truth).not.toContain("denpasar-mossel-bay");
    const labels = await page.locator('figure[data-chart="qca-xy"] svg g[aria-label="text"] text').allTextContents();
    expect(labels.join(" ")).toContain("Denpasar – Mossel Bay");
    expect(labels.join(" ")).not.toMatch(/[a-z]-[a-z]+-[a-z]/u);
    // Every short name of the truth table and the solutions is spelled out beside them.
    const keys = page.locator(".qca-output details.abbreviation-key dt");
    expect(await keys.allTextContents()).toEqual(["OUT", "n", "incl", "PRI", "M1 · * · →", "incl", "PRI", "cov"]);
    expect(await page.locator(".qca-output details.abbreviation-key").first().textContent()).toContain(
      "reaches the inclusion cut of 0.80",
    );
    // Each condition's box sits with its own name: nearer to it than to any other name on its line.
    const conditions = await page.locator("fieldset.conditions label").evaluateAll((labels) =>
      labels.map((label) => {
        const box = label.querySelector("input")!.getBoundingClientRect();
        const name = label.querySelector("span")!.getBoundingClientRect();
        return { boxLeft: box.left, boxRight: box.right, top: box.top, nameLeft: name.left, nameRight: name.right };
      }),
    );
    for (const [index, condition] of conditions.entries()) {
      const own = condition.nameLeft - condition.boxRight;
      expect(own).toBeGreaterThanOrEqual(0);
      const before = conditions[index - 1];
      if (before !== undefined && Math.abs(before.top - condition.top) < 2)
        expect(condition.boxLeft - before.nameRight, `condition ${index}`).toBeGreaterThan(2 * own);
    }
    // The partnerships left out are named as a reader knows them (Denpasar – Perth), not by their ids.
    const leftOut = await page.locator(".qca-page p.note", { hasText: "Left out for NA" }).textContent();
    expect(leftOut).toContain("Denpasar – Perth");
    expect(leftOut).not.toContain("denpasar-perth");
    expect(await page.locator('figure [aria-label^="XY plot"], svg[aria-label^="XY plot"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ROOT, "test-output/screenshots/qca.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("draws the rank intervals of the conditions score on the compare page, computed in a Web Worker", async () => {
    const { page, errors } = await open("./?page=compare&lang=en&cases=bandung-liuzhou,jawa-barat-souss-massa");
    await page.waitForSelector(
      '.robustness:not([aria-busy]) svg[aria-label="How robust is the conditions score\'s ranking?"]',
    );
    const text = await page.locator(".robustness").textContent();
    expect(text).toContain("10000 Monte Carlo draws");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the cross-case statistics on the compare page, computed in a Web Worker: rho and n per cell, no figure below 5", async () => {
    const { page, errors } = await open("./?page=compare&lang=en&cases=denpasar-mossel-bay");
    await page.waitForSelector("section.cross-case:not([aria-busy])", { timeout: 60_000 });
    const section = page.locator("section.cross-case");
    // What the page says of how few cases there are, as the library computes it (crossCaseStatistics in Node).
    expect(await section.locator("p.note").first().textContent()).toContain(
      "Of 27 partnerships, the pair of measures assessed together most often is assessed together in 11.",
    );
    const cells = await section
      .locator('figure[data-chart="compare-correlations"] g[aria-label="text"] text')
      .evaluateAll((texts) =>
        texts.map((text) => [...text.querySelectorAll("tspan")].map((line) => line.textContent).join(" ")),
      );
    expect(cells).toHaveLength(55);
    expect(cells.filter((cell) => cell.endsWith("no figure"))).toHaveLength(34);
    expect(cells).toContain("ρ 0.72 n 11");
    // Switching the measure redraws the group dot plot from the worker's answer, each row named with its n.
    await section.locator('select[name="Measure"]').selectOption("events");
    await page.waitForFunction(() =>
      document.querySelector('figure[data-chart="compare-groups"]')?.textContent?.includes("Recorded events"),
    );
    const rows = await section
      .locator('figure[data-chart="compare-groups"] g[aria-label="fy-axis tick label"] text')
      .allTextContents();
    // Each group said in words (the kind of partnership), not as its code.
    expect(rows).toEqual(["friendship city (n 1)", "sister city (n 25)", "sister province (n 1)"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("offers the codebook as a REFI-QDA .qdc download on the codebook page", async () => {
    const { page } = await open("./?page=codebook&lang=id");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("button.download-qdc")]);
    expect(download.suggestedFilename()).toBe("paradiplomacy-codebook-id.qdc");
    const xml = (await downloaded(download)).toString("utf8");
    expect(xml).toBe(refiQdaCodebook({ language: "id" }));
    await page.close();
  });

  it("downloads a chart as SVG and PNG with its title, legend in words, source, licence and the view's address; cites it; shows its data", async () => {
    const path = "./?page=compare&lang=en&cases=denpasar-mossel-bay,bandung-liuzhou";
    const { page } = await open(path);
    const figure = page.locator('figure[data-chart="compare-matrix"]');
    await figure.waitFor();
    const [svgDownload] = await Promise.all([
      page.waitForEvent("download"),
      figure.locator('button[data-download="svg"]').click(),
    ]);
    const svg = (await downloaded(svgDownload)).toString("utf8");
    for (const text of [
      "0 absent",
      "1 planned or on paper",
      "2 realised",
      "NA source silent",
      "Licence: CC BY 4.0",
      "Source: the paradiplomacy toolkit",
    ])
      expect(svg).toContain(text);
    expect(svg).toContain("cases=denpasar-mossel-bay,bandung-liuzhou");
    const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)![1]);
    const [pngDownload] = await Promise.all([
      page.waitForEvent("download"),
      figure.locator('button[data-download="png"]').click(),
    ]);
    const png = await downloaded(pngDownload);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // The PNG is drawn from that SVG at twice its size (the IHDR chunk holds width and height).
    expect(png.readUInt32BE(20)).toBe(2 * height);
    await figure.locator("details.cite-chart summary").click();
    expect(await figure.locator("details.cite-chart .apa").textContent()).toContain(
      "cases=denpasar-mossel-bay,bandung-liuzhou",
    );
    expect(await figure.locator("details.cite-chart .bibtex").textContent()).toMatch(/^@misc\{paradiplomacy-/);
    await figure.locator("details.chart-data summary").click();
    expect(await figure.locator("details.chart-data tbody tr").count()).toBeGreaterThan(10);
    await page.close();
  });
});
