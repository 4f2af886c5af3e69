import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, inject, it } from "vitest";
import { readDataset } from "../../src/dataset/readDataset.ts";
import { filesToTexts } from "../../src/workbench/draft.ts";
import { cli, temporaryFolder } from "../helpers.ts";
import { makePdf } from "../documents/makeDocuments.ts";
import { downloaded, watch } from "./browser.ts";
import { killBrowser, launchProfile } from "./profile.ts";

const server = { url: inject("siteUrl") };

const REGISTRY: Record<string, string> = {
  id: "kota-a-kota-b",
  local_government: "Kota A",
  country_code: "ID",
  country_name: "Indonesia",
  partner: "Kota B",
  partner_country_code: "ZA",
  partner_country_name: "South Africa",
  source: "src.pdf",
  locator: "p. 1",
};

/** The codings of a dataset's files, as rows. */
const codingsOf = (files: Record<string, string>) => readDataset(filesToTexts(files)).dataset.codings;
const folderFiles = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith(".csv") || name.endsWith(".json"))
      .map((name) => [name, readFileSync(join(folder, name), "utf8")]),
  );

describe("source documents in the workbench (built, in Chromium)", () => {
  it("codes a passage of a PDF, keeps document and coding through a killed browser, and exports a dataset and a .qdpx the CLI accepts", async () => {
    const pdf = await makePdf(
      [
        ["4.2 Budaya", "Kerja sama budaya Denpasar dengan Mossel Bay", "menghadirkan berbagai acara-"],
        ["acara budaya setiap tahun."],
      ],
      { pageNumbers: true, headings: ["4.2 Budaya"] },
    );
    const profile = temporaryFolder();
    let context = await launchProfile(profile, { width: 1366 });
    let page = context.pages()[0] ?? (await context.newPage());
    const { errors, foreign } = watch(page, server.url);
    await page.goto(new URL("./?page=workbench&lang=en", server.url).href);
    await page.click("button.new-draft");
    await page.waitForSelector(".draft-editor");
    const draftId = new URL(page.url()).searchParams.get("draft")!;
    await page.locator('.draft-meta [name="coder"]').fill("ana");
    const registry = page.locator("fieldset.registry");
    for (const [field, value] of Object.entries(REGISTRY)) await registry.locator(`[name="${field}"]`).fill(value);
    await registry.locator('[name="local_government_level"]').selectOption("city");
    await registry.locator('[name="kind"]').selectOption("sister-city");

    // The PDF is read in a worker and shown with its page breaks.
    await page.setInputFiles("input[data-documents]", {
      name: "src.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(pdf),
    });
    await page.waitForSelector(".document-viewer .page-text");
    expect(await page.locator(".document-list li").allTextContents()).toEqual([
      expect.stringMatching(/^src\.pdf \d KB Remove$/),
    ]);
    expect(await page.locator(".document-viewer .page-number").allTextContents()).toEqual(["p. 1", "p. 2"]);

    // A passage across the page break, selected as a mouse would, coded with framework then indicator.
    await page.evaluate(() => {
      const pages = [...document.querySelectorAll(".document-viewer .page-text")];
      const first = pages[0]!.firstChild as Text;
      const second = pages[1]!.firstChild as Text;
      const range = document.createRange();
      range.setStart(first, first.data.indexOf("Mossel Bay"));
      range.setEnd(second, second.data.indexOf(" setiap"));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.click("text=Code this passage");
    await page.selectOption('.passage-chooser select[aria-label="Framework"]', "three-layers");
    await page.selectOption('.passage-chooser select[aria-label="Indicator"]', "culture");
    await page.click('.passage-chooser >> text="Code"');
    const culture = page.locator('fieldset[data-indicator="three-layers/culture"]');
    await culture.locator('input[type="radio"][value="2"]').check();
    await culture.locator('[name="evidence_kind"]').selectOption("finding");
    expect(await culture.locator('[name="locator"]').inputValue()).toBe("pp. 1–2, 4.2");
    expect(await culture.locator('[name="source"]').inputValue()).toBe("src.pdf");
    const quote = await culture.locator('[name="evidence"]').inputValue();
    expect(quote.replace(/\s+/g, " ")).toBe("Mossel Bay menghadirkan berbagai acara- acara budaya");
    expect((await page.locator(".document-viewer mark").allTextContents()).join("")).toContain("Mossel Bay");
    // A quote edited to words the document does not have is flagged at once; put back, the flag goes.
    await culture.locator('[name="evidence"]').fill("pertukaran mahasiswa");
    await expect
      .poll(() => page.locator(".quote-problems li").allTextContents())
      .toEqual([expect.stringMatching(/^three-layers\/culture: the quote is not in src\.pdf \(nearest passage: /)]);
    await culture.locator('[name="evidence"]').fill(quote);
    await expect.poll(() => page.locator(".quote-problems li").count()).toBe(0);
    // The source the passage added, completed.
    const source = page.locator(".rows-editor fieldset.row").first();
    await source.locator('[name="citation"]').fill("A citation.");
    await page.waitForSelector('.save-status[data-state="saved"]');
    expect(killBrowser(profile)).toBeGreaterThan(0);
    await context.close().catch(() => {});

    context = await launchProfile(profile, { width: 1366 });
    page = context.pages()[0] ?? (await context.newPage());
    const watched = watch(page, server.url);
    await page.goto(new URL(`./?page=workbench&lang=en&draft=${draftId}`, server.url).href);
    await page.waitForSelector(".document-viewer mark");
    expect(await page.locator(".document-list li button[data-document]").allTextContents()).toEqual(["src.pdf"]);
    await page.click(".document-viewer mark >> nth=0");
    const again = page.locator('fieldset[data-indicator="three-layers/culture"]');
    expect(await again.locator('[name="evidence"]').inputValue()).toBe(quote);
    expect(await again.locator('input[type="radio"][value="2"]').isChecked()).toBe(true);

    // The dataset: validate and check-evidence (the PDF in its sources folder) accept it.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download this partnership")]);
    const folder = join(temporaryFolder(), "export");
    mkdirSync(join(folder, "sources"), { recursive: true });
    for (const [name, bytes] of Object.entries(unzipSync(await downloaded(download))))
      writeFileSync(join(folder, name.split("/").pop()!), bytes);
    writeFileSync(join(folder, "sources", "src.pdf"), pdf);
    expect((await cli("validate", folder)).code).toBe(0);
    const checked = await cli("check-evidence", folder);
    expect(checked.stdout).toMatch(/codings\.csv:2:6: pp\. 1–2 of src\.pdf/);
    expect(checked.code).toBe(0);

    // The .qdpx: import-qdpx gives back the same codings.
    const [qdpx] = await Promise.all([page.waitForEvent("download"), page.click('button[data-export="qdpx"]')]);
    const study = join(temporaryFolder(), "study.qdpx");
    writeFileSync(study, await downloaded(qdpx));
    const back = join(temporaryFolder(), "back");
    const imported = await cli("import-qdpx", study, "--out", back);
    expect(imported.code).toBe(0);
    expect(codingsOf(folderFiles(back))).toEqual(codingsOf(folderFiles(folder)));
    expect([...errors, ...watched.errors]).toEqual([]);
    expect([...foreign, ...watched.foreign]).toEqual([]);
    await context.close();
  }, 180_000);
});
