import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { cli, MINIMAL, ROOT, temporaryFolder } from "../helpers.ts";
import { builtSiteInChromium, watch, downloaded } from "./browser.ts";
import { killBrowser, launchProfile } from "./profile.ts";

// The site the global setup serves (test/e2e/globalSetup.ts). The test of a killed browser starts browsers of its own, with
// a profile on disk; the others take a fresh context (its storage its own, and empty) of the shared Chromium.
const site = builtSiteInChromium();
const server = { url: inject("siteUrl") };
const freshContext = () =>
  site.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: "id-ID" });
const SCREENSHOTS = join(ROOT, "test-output/screenshots");

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

/** Picks a dataset's CSV files in the workbench's import, as a researcher would. */
function importDataset(
  page: Page,
  files: Record<"partnerships" | "events" | "codings" | "sources", string>,
): Promise<void> {
  return page.setInputFiles(
    'input[type="file"][multiple]',
    Object.entries(files).map(([name, text]) => ({
      name: `${name}.csv`,
      mimeType: "text/csv",
      buffer: Buffer.from(text),
    })),
  );
}

const REGISTRY: Record<string, string> = {
  id: "kota-a-kota-b",
  local_government: "Kota A",
  country_code: "ID",
  country_name: "Indonesia",
  partner: "Kota B",
  partner_country_code: "ZA",
  partner_country_name: "South Africa",
  source: "src",
  locator: "4.1",
};
/**
 * Fills an open draft as a researcher would: the coder, the partnership's registry, one source (with `citation`, or
 * without one when null) and the culture indicator coded 2 with its evidence. Returns the culture indicator's fieldset.
 */
async function fillDraft(page: Page, { citation }: { citation: string | null }) {
  await page.locator('.draft-meta [name="coder"]').fill("ana");
  const registry = page.locator("fieldset.registry");
  for (const [field, value] of Object.entries(REGISTRY)) await registry.locator(`[name="${field}"]`).fill(value);
  await registry.locator('[name="local_government_level"]').selectOption("city");
  await registry.locator('[name="kind"]').selectOption("sister-city");
  await page.click("text=Add a source");
  const source = page.locator(".rows-editor fieldset.row").first();
  await source.locator('[name="id"]').fill("src");
  await source.locator('[name="type"]').selectOption("journal-article");
  await source.locator('[name="title"]').fill("A title");
  if (citation !== null) await source.locator('[name="citation"]').fill(citation);
  await page.click('details[data-framework="three-layers"] > summary');
  const culture = page.locator('fieldset[data-indicator="three-layers/culture"]');
  await culture.locator('input[type="radio"][value="2"]').check();
  await culture.locator('[name="evidence"]').fill("a festival took place");
  await culture.locator('[name="evidence_kind"]').selectOption("finding");
  await culture.locator('[name="source"]').fill("src");
  await culture.locator('[name="locator"]').fill("4.2");
  return culture;
}

const NOTE = 'A note with "quotes", commas, ümlauts and a line\nbreak — typed just before the crash';

describe("the coding workbench (built, in Chromium)", () => {
  it("keeps every field through a killed browser, and exports a dataset that paradiplomacy validate accepts", async () => {
    const profile = temporaryFolder();
    let context = await launchProfile(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    const { errors, foreign } = watch(page, server.url);
    await page.goto(new URL("./?page=workbench&lang=en", server.url).href);
    await page.click("button.new-draft");
    await page.waitForSelector(".draft-editor");
    const draftId = new URL(page.url()).searchParams.get("draft")!;
    expect(draftId).toBeTruthy();
    const culture = await fillDraft(page, { citation: "A citation." });
    // Mid-typing: the note is typed key by key, and the browser is killed as soon as the page says it is saved.
    await culture.locator('[name="note"]').pressSequentially(NOTE, { delay: 5 });
    await page.waitForSelector('.save-status[data-state="saved"]');
    expect(killBrowser(profile)).toBeGreaterThan(0);
    await context.close().catch(() => {});

    context = await launchProfile(profile);
    page = context.pages()[0] ?? (await context.newPage());
    const watched = watch(page, server.url);
    await page.goto(new URL(`./?page=workbench&lang=en&draft=${draftId}`, server.url).href);
    await page.waitForSelector(".draft-editor");
    expect(await page.locator('.draft-meta [name="coder"]').inputValue()).toBe("ana");
    const reopened = page.locator("fieldset.registry");
    for (const [field, value] of Object.entries(REGISTRY))
      expect(await reopened.locator(`[name="${field}"]`).inputValue(), field).toBe(value);
    expect(await reopened.locator('[name="kind"]').inputValue()).toBe("sister-city");
    await page.click('details[data-framework="three-layers"] > summary');
    const again = page.locator('fieldset[data-indicator="three-layers/culture"]');
    expect(await again.locator('input[type="radio"][value="2"]').isChecked()).toBe(true);
    expect(await again.locator('[name="evidence"]').inputValue()).toBe("a festival took place");
    expect(await again.locator('[name="note"]').inputValue()).toBe(NOTE);
    // The live scores: the case page of the draft, with the culture indicator realised.
    await page.waitForSelector(".live .case-page");
    await page.screenshot({ path: join(SCREENSHOTS, "workbench.png"), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download this partnership")]);
    const zip = await downloaded(download);
    const folder = join(temporaryFolder(), "export");
    mkdirSync(folder);
    for (const [name, bytes] of Object.entries(unzipSync(zip))) {
      expect(name.startsWith("kota-a-kota-b/")).toBe(true);
      writeFileSync(join(folder, name.split("/").pop()!), bytes);
    }
    const { code, stdout, stderr } = await cli("validate", folder);
    expect(stdout).toBe("");
    expect(stderr).toContain("valid (1 partnerships, 0 events, 1 codings, 1 sources)");
    expect(code).toBe(0);
    expect([...errors, ...watched.errors]).toEqual([]);
    expect([...foreign, ...watched.foreign]).toEqual([]);
    await context.close();
  });

  it("imports a file with bad rows: lists them with row and column, and shows the good rows on the Cases page as this browser's own", async () => {
    const context = await freshContext();
    const page = await context.newPage();
    const { errors, foreign } = watch(page, server.url);
    await page.goto(new URL("./?page=workbench&lang=en", server.url).href);
    await page.waitForSelector(".import");
    const partnerships =
      MINIMAL.partnerships.replace("kota-a-kota-b", "kota-x-kota-y") +
      "Bad Id,Kota E,city,ID,Indonesia,Kota F,city,ZA,South Africa,sister-city,,,,,,2019,active,src,4.1,\n";
    const codings = MINIMAL.codings.replace("kota-a-kota-b", "kota-x-kota-y");
    await importDataset(page, {
      partnerships,
      events: MINIMAL.events.replace("kota-a-kota-b", "kota-x-kota-y"),
      codings,
      sources: MINIMAL.sources,
    });
    await page.waitForSelector(".import-problems li");
    const problems = await page.locator(".import-problems li").allTextContents();
    expect(problems.some((text) => text.startsWith("partnerships.csv:3:1:"))).toBe(true);
    expect(await page.locator(".import-stage").textContent()).toBe(
      "Imported: 1 partnerships, 1 codings; 1 rows left out.",
    );
    await page.goto(new URL("./?page=partnerships&lang=en", server.url).href);
    await page.waitForSelector('tr[data-id="kota-x-kota-y"]');
    expect(await page.locator("tbody tr").count()).toBe(28);
    expect(await page.locator('tr[data-id="kota-x-kota-y"] .own').textContent()).toBe(" (this browser's own)");
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("says, when the pages load, what of the imports stored earlier was not placed (a partnership imported twice)", async () => {
    const context = await freshContext();
    const page = await context.newPage();
    const { errors } = watch(page, server.url);
    await page.goto(new URL("./?page=workbench&lang=en", server.url).href);
    await page.waitForSelector(".import");
    const files = {
      partnerships: MINIMAL.partnerships.replace("kota-a-kota-b", "kota-x-kota-y"),
      events: MINIMAL.events.replace("kota-a-kota-b", "kota-x-kota-y"),
      codings: MINIMAL.codings.replace("kota-a-kota-b", "kota-x-kota-y"),
      sources: MINIMAL.sources,
    };
    for (const stored of [1, 2]) {
      await importDataset(page, files);
      await page.waitForFunction((count) => document.querySelectorAll("ul.imports > li").length === count, stored);
    }
    // A later visit merges both stored imports: the second's partnership is left out, and the page says so.
    for (const [language, heading, what] of [
      [
        "en",
        "Part of what was imported in this browser was not added to the site's data:",
        "1 partnership was left out",
      ],
      ["id", "Sebagian data yang diimpor di peramban ini tidak ditambahkan ke data situs:", "1 kerja sama dilewati"],
    ] as const) {
      await page.goto(new URL(`./?page=partnerships&lang=${language}`, server.url).href);
      await page.waitForSelector(".imports-notice .imports-skipped li");
      expect(await page.locator(".imports-notice > p").textContent()).toBe(heading);
      expect(await page.locator(".imports-skipped p").textContent()).toMatch(new RegExp(`^${what}`, "u"));
      expect(await page.locator(".imports-skipped li").allTextContents()).toEqual(["kota-x-kota-y"]);
      // The first import's partnership is shown, once.
      expect(await page.locator('tr[data-id="kota-x-kota-y"]').count()).toBe(1);
    }
    // The overview, where nothing imported is looked for, stays as it is.
    await page.goto(new URL("./?lang=en", server.url).href);
    await page.waitForSelector("main h1, main h2");
    expect(await page.locator(".imports-notice").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("never scrolls sideways for a 5,000-character name or quote, on a phone", async () => {
    const context = await freshContext();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(new URL("./?page=workbench&lang=en", server.url).href);
    await page.waitForSelector(".import");
    const long = "Kotayanglamasekali".repeat(278).slice(0, 5000);
    const partnerships = MINIMAL.partnerships.replace("Kota B", long).replace("kota-a-kota-b", "kota-a-long");
    const codings = MINIMAL.codings.replace("kota-a-kota-b", "kota-a-long").replace("a festival took place", long);
    await importDataset(page, {
      partnerships,
      events: MINIMAL.events.replace("kota-a-kota-b", "kota-a-long"),
      codings,
      sources: MINIMAL.sources,
    });
    await page.waitForSelector(".import-stage:has-text('Imported')");
    for (const path of ["./?page=partnerships&lang=en", "./?page=case&id=kota-a-long&lang=en"]) {
      await page.goto(new URL(path, server.url).href);
      await page.waitForSelector("main :is(table, .case-page)");
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), path).toBe(true);
      expect(await page.locator("main").textContent()).toContain(long);
    }
    await context.close();
  });

  it("says at once when storage fails, and offers the export", async () => {
    const context = await freshContext();
    // A browser whose storage is disabled: opening IndexedDB fails.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException("storage is disabled", "SecurityError");
      };
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(new URL("./?page=workbench&lang=en", server.url).href);
    await page.waitForSelector('.save-status[data-state="failed"]');
    expect(await page.locator(".save-status").textContent()).toMatch(
      /^Saving failed: storage is disabled\. Download your work now/,
    );
    expect(await page.locator(".save-status button.rescue").isVisible()).toBe(true);
    await context.close();
  });

  it("names a new draft in the reader's language until its partnership has an id", async () => {
    const context = await freshContext();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(new URL("./?page=workbench&lang=id", server.url).href);
    await page.click("button.new-draft");
    await page.waitForSelector(".draft-editor");
    await page.waitForSelector('.save-status[data-state="saved"]');
    await page.goto(new URL("./?page=workbench&lang=id", server.url).href);
    await page.waitForSelector("table.drafts");
    expect(await page.locator("table.drafts tbody tr td").first().textContent()).toBe("kerja sama baru");
    await context.close();
  });

  it("lists drafts with their last change; duplicates, renames, deletes one with an undo, and starts a blind second coding", async () => {
    const context = await freshContext();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(new URL("./?page=workbench&lang=en", server.url).href);
    await page.click("button.new-draft");
    await page.waitForSelector(".draft-editor");
    await page.locator('.draft-meta [name="name"]').fill("Kota A first");
    await page.waitForSelector('.save-status[data-state="saved"]');
    await page.goto(new URL("./?page=workbench&lang=en", server.url).href);
    await page.waitForSelector("table.drafts");
    expect(await page.locator("table.drafts tbody tr td").first().textContent()).toBe("Kota A first");
    await page.click("table.drafts tbody tr >> text=Duplicate");
    await page.waitForSelector(".draft-editor");
    expect(await page.locator("table.drafts tbody tr").count()).toBe(2);
    const names = () => page.locator("table.drafts tbody tr td:first-child").allTextContents();
    expect((await names()).sort()).toEqual(["Kota A first", "Kota A first (2)"]);
    await page.locator('table.drafts tbody tr:has-text("Kota A first (2)") >> text=Delete').click();
    await page.waitForSelector(".undo button");
    expect(await names()).toEqual(["Kota A first"]);
    await page.click(".undo button");
    await page.waitForSelector(".draft-editor");
    expect((await names()).sort()).toEqual(["Kota A first", "Kota A first (2)"]);
    // A second coder codes the same partnership blind: a new draft, no codings, no coder yet, and the page says it is blind.
    await page.locator('table.drafts tbody tr:has-text("Kota A first (2)") >> text=Second coder (blind)').click();
    await page.waitForSelector(".draft-editor .blind");
    expect(await page.locator('.draft-meta [name="coder"]').inputValue()).toBe("");
    expect(await page.locator("table.drafts tbody tr").count()).toBe(3);
    await context.close();
  });
});

describe("the agreement page (built, in Chromium)", () => {
  const header = "partnership,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note\n";
  const ELEMENTS = ["commitment", "community_participation", "mutual_understanding", "reciprocity", "tangible_results"];
  const codings = (coder: string, scores: Array<Array<number | null>>) =>
    header +
    ["p1", "p2"]
      .flatMap((partnership, row) =>
        ELEMENTS.map((element, column) => {
          const score = scores[row]![column]!;
          return score === null
            ? `${partnership},ringrose,${element},NA,${coder},,,,,\n`
            : `${partnership},ringrose,${element},${score},${coder},${coder} read ${element},finding,src,1,\n`;
        }),
      )
      .join("");

  it("computes alpha per indicator from two coders' files, shows both coders' evidence side by side, and exports the resolved coding", async () => {
    const context = await freshContext();
    const page = context.pages()[0] ?? (await context.newPage());
    const { errors, foreign } = watch(page, server.url);
    await page.goto(new URL("./?page=agreement&lang=en", server.url).href);
    const files = [
      {
        name: "codings.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(
          codings("ana", [
            [2, 2, 1, 0, 2],
            [1, 0, 1, 1, 2],
          ]),
        ),
      },
      {
        name: "codings.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(
          codings("budi", [
            [2, 1, 1, 0, 2],
            [1, 0, null, 2, 2],
          ]),
        ),
      },
    ];
    await page.setInputFiles('input[name="coder-files"]', files);
    await page.click("button.compute");
    await page.waitForSelector("table.agreement");
    // Reciprocity: units (0, 0) and (1, 2); ordinal alpha by hand = 1 − 0.5/3 = 0.833 (see test/reliability).
    const reciprocity = page.locator('table.agreement tr:has-text("Reciprocity")');
    expect(await reciprocity.locator("td.alpha").textContent()).toBe("0.833");
    const cards = page.locator("article.disagreement");
    expect(await cards.count()).toBe(3);
    const card = page.locator('article.disagreement[data-unit="p2/ringrose/reciprocity"]');
    expect(await card.locator(".judgement h5").allTextContents()).toEqual(["ana", "budi"]);
    expect(await card.locator(".judgement blockquote").allTextContents()).toEqual([
      "ana read reciprocity",
      "budi read reciprocity",
    ]);
    await card.locator('select[name="resolution"]').selectOption("coder:budi");
    await card.locator('input[name="resolution-note"]').fill("budi cites the joint programme");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("button.export")]);
    const csv = (await downloaded(download)).toString("utf8");
    expect(csv).toContain(
      "p2,ringrose,reciprocity,2,consensus,budi read reciprocity,finding,src,1,budi cites the joint programme",
    );
    expect(await page.locator(".agreement-output p.note[role=status]").textContent()).toBe(
      "8 codings exported; 2 unresolved disagreements left out.",
    );
    // The resolution survives a reload: the same files again, and the disagreement shows how it was resolved.
    // (once it is written: the note's last keystroke is in this browser's storage)
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const request = indexedDB.open("paradiplomacy");
          request.onsuccess = () => {
            const read = request.result.transaction("resolutions").objectStore("resolutions").getAll();
            read.onsuccess = () => {
              request.result.close();
              resolve(read.result.some((entry: { note: string }) => entry.note === "budi cites the joint programme"));
            };
          };
        }),
    );
    await page.reload();
    await page.setInputFiles('input[name="coder-files"]', files);
    await page.click("button.compute");
    await page.waitForSelector("article.disagreement");
    expect(await card.locator('select[name="resolution"]').inputValue()).toBe("coder:budi");
    expect(await card.locator('input[name="resolution-note"]').inputValue()).toBe("budi cites the joint programme");
    const [again] = await Promise.all([page.waitForEvent("download"), page.click("button.export")]);
    expect((await downloaded(again)).toString("utf8")).toBe(csv);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("says beside NA and degenerate figures what they rest on and why (one unit; every score the same), and lays out each resolution control under its own label on a phone", async () => {
    const context = await freshContext();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 390, height: 844 });
    const { errors } = watch(page, server.url);
    const run = async (ana: string, budi: string) => {
      await page.goto(new URL("./?page=agreement&lang=id", server.url).href);
      await page.setInputFiles('input[name="coder-files"]', [
        { name: "codings.csv", mimeType: "text/csv", buffer: Buffer.from(header + ana) },
        { name: "codings.csv", mimeType: "text/csv", buffer: Buffer.from(header + budi) },
      ]);
      await page.click("button.compute");
      await page.waitForSelector("table.agreement");
    };
    const unit = (coder: string, indicator: string, score: number) =>
      `p1,ringrose,${indicator},${score},${coder},${coder} read,finding,src,1,\n`;
    // One unit scored 2 and 1: alpha 0 with an interval of one point (see test/reliability/agreementCaveat.test.ts).
    await run(unit("ana", "commitment", 2), unit("budi", "commitment", 1));
    const overall = page.locator('table.agreement tr[data-scope="overall"]');
    expect(await overall.locator("td.alpha").textContent()).toBe("0,000");
    expect(await overall.locator("td.reading").textContent()).toBe("satu unit: jangan dibaca");
    // The kind of each coder's evidence in words, in the page's language.
    expect(await page.locator("article.disagreement .judgement p").nth(1).textContent()).toBe("Jenis bukti: temuan");
    const key = page.locator(".agreement-output details.reading-key");
    expect(await key.textContent()).toContain("Krippendorff (2004, hlm. 241): alfa ≥ 0,800 andal");
    expect(await key.locator("dd").allTextContents()).toEqual([
      expect.stringContaining("selangnya menyusut ke satu titik"),
    ]);
    // Each control under its own label: the label's words end above its control, and the note starts below the choice.
    const boxes = await page.locator("article.disagreement .resolution label").evaluateAll((labels) =>
      labels.map((label) => {
        const words = label.querySelector("span")!.getBoundingClientRect();
        const control = label.querySelector("select, input")!.getBoundingClientRect();
        return { wordsBottom: words.bottom, controlTop: control.top, controlBottom: control.bottom, top: words.top };
      }),
    );
    expect(boxes).toHaveLength(2);
    for (const box of boxes) expect(box.wordsBottom).toBeLessThanOrEqual(box.controlTop + 1);
    expect(boxes[1]!.top).toBeGreaterThanOrEqual(boxes[0]!.controlBottom);
    // Every score the same: 100% agreement, alpha NA, and why.
    await run(
      unit("ana", "commitment", 2) + unit("ana", "reciprocity", 2),
      unit("budi", "commitment", 2) + unit("budi", "reciprocity", 2),
    );
    expect(await overall.locator("td.alpha").textContent()).toBe("NA");
    expect(await overall.locator("td.reading").textContent()).toBe("NA: semua skor sama");
    expect(await key.locator("dd").allTextContents()).toEqual([
      expect.stringContaining("Alfa Krippendorff tidak terdefinisi bila semua nilai berpasangan sama"),
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("labels the registry, event and source fields in Indonesian on the Indonesian page", async () => {
    const context = await freshContext();
    const page = context.pages()[0] ?? (await context.newPage());
    const { errors } = watch(page, server.url);
    await page.goto(new URL("./?page=workbench", server.url).href);
    await page.click("button.new-draft");
    await page.waitForSelector(".draft-editor");
    const labels = await page.locator("fieldset.registry label").allInnerTexts();
    expect(labels).toContain("Pemerintah daerah");
    expect(labels).toContain("Catatan (bahasa Indonesia)");
    expect(labels).not.toContain("Local government");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says a draft's problems in Indonesian on the Indonesian page, allowed values by their labels", async () => {
    const context = await freshContext();
    const page = await context.newPage();
    const { errors } = watch(page, server.url);
    await page.goto(new URL("./?page=workbench&lang=id", server.url).href);
    await page.click("button.new-draft");
    await page.waitForSelector(".live-scores .live");
    const registry = page.locator("fieldset.registry");
    await registry.locator('[name="id"]').fill("Kota A");
    await registry.locator('[name="country_code"]').fill("id");
    await page.waitForSelector(".live-scores .problems li");
    const problems = await page
      .locator(".live-scores .problems li")
      .evaluateAll((items) => items.map((item) => item.firstChild?.textContent ?? ""));
    expect(problems).toContain(
      'Data kerja sama — “Kode kerja sama” tidak berbentuk seperti yang diminta: kode ditulis huruf kecil dengan tanda hubung: maksudnya kota-a? (sekarang "Kota A"). Isi dengan huruf kecil dan angka, kata-katanya disambung tanda hubung, misalnya denpasar-mossel-bay.',
    );
    expect(problems).toContain(
      "Data kerja sama — “Jenis kerja sama” masih kosong. Isi dengan salah satu dari kota kembar, provinsi kembar, kota persahabatan.",
    );
    // Not a word of the CLI's English.
    for (const problem of problems)
      expect(problem).not.toMatch(
        /\b(is empty|is required|does not have|Enter|one of|expected|write it|did you mean)\b/u,
      );
    // The lists offer the same words: the code stays the value written.
    expect(await registry.locator('[name="kind"] option[value="sister-city"]').textContent()).toBe("kota kembar");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a new draft asks for the partnership first; problems are said in words; a source's problem hides no score", async () => {
    const context = await freshContext();
    const page = context.pages()[0] ?? (await context.newPage());
    const { errors } = watch(page, server.url);
    await page.goto(new URL("./?page=workbench&lang=en", server.url).href);
    await page.click("button.new-draft");
    await page.waitForSelector(".live-scores .live");
    // Brand new: no list of problems, the required fields to fill first.
    expect(await page.locator(".live-scores .problems li").count()).toBe(0);
    const toFill = await page.locator(".live-scores .to-fill li").allInnerTexts();
    expect(toFill.slice(0, 2)).toEqual(["Partnership id", "Local government"]);
    await page.screenshot({ path: join(SCREENSHOTS, "workbench-newdraft-1280-en.png"), fullPage: false });
    // Once typing starts, every problem is said by section and field, with no file, row, column or pattern.
    const registry = page.locator("fieldset.registry");
    await registry.locator('[name="id"]').fill("kota-a-kota-b");
    await page.waitForSelector(".live-scores .problems li");
    // Each problem: its words, then a button that takes the researcher to its field.
    const problems = await page
      .locator(".live-scores .problems li")
      .evaluateAll((items) => items.map((item) => item.firstChild?.textContent ?? ""));
    expect(problems).toContain("The partnership — “Level” is empty. Enter one of city, regency, province.");
    for (const problem of problems) expect(problem).not.toMatch(/\.csv|:\d+:\d+|\[a-z/);
    // The partnership filled, a coded indicator, and a source without its citation: the scores show, the problem beside them.
    await fillDraft(page, { citation: null });
    await page.waitForFunction(
      () =>
        document.querySelectorAll(".live-scores .problems li").length === 1 &&
        document.querySelector(".live-scores .problems li")?.firstChild?.textContent ===
          "Source 1 — “Full citation (APA)” is empty.",
    );
    // The charts' code arrives after the scores' text is drawn (site/src/components/lazyCharts.ts).
    await page.waitForSelector(".live-scores svg", { timeout: 10_000 });
    expect(await page.locator(".live-scores svg").count()).toBeGreaterThan(0);
    expect(await page.locator(".live-scores").innerText()).not.toContain("Fill in the partnership");
    await page.click(".live-scores .problems li button.go-to-field");
    expect(
      await page.evaluate(() => [
        document.activeElement?.getAttribute("name"),
        document.activeElement?.closest(".rows-editor")?.getAttribute("data-resource"),
      ]),
    ).toEqual(["citation", "sources"]);
    // The drafts list follows the editor: the coder typed there is in its row.
    const draftId = new URL(page.url()).searchParams.get("draft")!;
    await page.waitForFunction(
      (id) => document.querySelector(`tr[data-draft="${id}"] td:nth-child(2)`)?.textContent === "ana",
      draftId,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it("names a misnamed file with what to do, and opens codings of a shipped partnership as a draft", async () => {
    const context = await freshContext();
    const page = context.pages()[0] ?? (await context.newPage());
    const { errors } = watch(page, server.url);
    await page.goto(new URL("./?page=workbench&lang=en", server.url).href);
    await page.waitForSelector("section.import");
    const header =
      "partnership,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note,note_indonesian";
    const rows = [
      "denpasar-mossel-bay,three-layers,culture,2,zed,a quote,finding,000_3d052c1bdfd84016.txt,p. 1,,",
      "denpasar-mossel-bay,three-layers,investment,1,zed,another quote,finding,000_3d052c1bdfd84016.txt,p. 2,,",
    ];
    await page.setInputFiles('input[type="file"][multiple]', [
      { name: "my codings.csv", mimeType: "text/csv", buffer: Buffer.from(`${header}\n${rows.join("\n")}\n`) },
    ]);
    await page.waitForSelector(".import-results li");
    expect(await page.locator(".import-stage").textContent()).toBe(
      "Nothing was imported: no file could be placed (see below).",
    );
    expect(await page.locator(".import-results li").allInnerTexts()).toEqual([
      "my codings.csv: not imported: the import knows a file by its name, and this file's columns are those of codings.csv. Rename it to codings.csv and import it again",
    ]);
    await page.setInputFiles('input[type="file"][multiple]', [
      { name: "codings.csv", mimeType: "text/csv", buffer: Buffer.from(`${header}\n${rows.join("\n")}\n`) },
    ]);
    await page.waitForSelector(".import-placed");
    expect(await page.locator(".import-placed").textContent()).toBe(
      "2 codings are for partnerships already in the site's data. The case pages show the published codings only, so they were opened as drafts in the list above: denpasar-mossel-bay (zed) (imported).",
    );
    // The draft is in the list at once, and holds both codings.
    const row = page.locator('tr:has-text("denpasar-mossel-bay (zed) (imported)")');
    await row.locator("text=Open").click();
    await page.waitForSelector(".draft-editor");
    await page.click('details[data-framework="three-layers"] > summary');
    expect(
      await page.locator('fieldset[data-indicator="three-layers/investment"] [name="evidence"]').inputValue(),
    ).toBe("another quote");
    expect(errors).toEqual([]);
    await context.close();
  });
});
