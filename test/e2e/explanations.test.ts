import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { builtSiteInChromium } from "./browser.ts";

/**
 * What a student needs said in words where a number, a code or a missing figure appears: an uncoded partnership
 * says it is not coded, the correlation heatmap's caption says what its cells show at this width, a citation from a
 * local copy says so in the page's language, the world page's bars say they are the top 20 and what they count, the
 * references and notes are in the page's language with no code in their prose.
 */
const site = builtSiteInChromium();

async function openAt(path: string, width: number, language: "id" | "en"): Promise<Page> {
  const page = await site.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(new URL(`${path}&lang=${language}`, site.url).href);
  await page.waitForSelector("main > *");
  return page;
}

/** The text of the page's main content as drawn (innerText: what a reader sees, not hidden nodes). */
const mainText = (page: Page) => page.locator("main").innerText();

describe("an uncoded partnership (built site, Chromium)", () => {
  it.each([
    [
      "id",
      /^Kerja sama ini belum dikode\. Yang diketahui hanya bahwa kerja sama ini disebut dalam “Kerja sama kota kembar Kota Bandung dengan Kota…” \(t\.t\.\), di 1\.1\./u,
    ],
    [
      "en",
      /^This partnership is not coded\. All that is known is that it is named in “Kerja sama kota kembar Kota Bandung dengan Kota…” \(n\.d\.\), at 1\.1\./u,
    ],
  ] as const)(
    "in %s: says at the top that it is not coded and where it is named, and shows no empty section or NA matrix",
    async (language, notice) => {
      const page = await openAt("./?page=case&id=banda-aceh-apeldoorn", 390, language);
      const article = page.locator(".case-page");
      await article.waitFor();
      expect(await article.getAttribute("data-uncoded")).toBe("all");
      expect(await page.locator(".uncoded-notice").innerText()).toMatch(notice);
      // The notice comes right after the title and what the source says of it, before anything else.
      const order = await article.evaluate((node) =>
        [...node.children].map((child) => child.tagName + "." + child.className),
      );
      expect(order.indexOf("P.uncoded-notice")).toBeLessThan(5);
      // No heading over nothing, no profile of NA cells, no empty tables, no busy placeholder waiting for charts.
      expect(await article.locator("h3").count()).toBe(0);
      expect(await article.locator("figure, table, .lazy-charts").count()).toBe(0);
      expect(await mainText(page)).not.toMatch(/\bNA\b/u);
      // Its status is unknown: left out of the line under the title, not written as a trailing dash.
      expect(await article.locator("p.meta").innerText()).not.toMatch(/·\s*—$/u);
      await page.close();
    },
  );

  it("with events but no codings: says that no indicator is coded, and shows its stages but no profile", async () => {
    const page = await openAt("./?page=case&id=denpasar-darwin", 1366, "id");
    await page.waitForSelector(".case-page figure.chart svg");
    expect(await page.locator(".case-page").getAttribute("data-uncoded")).toBe("scores");
    expect(await page.locator(".uncoded-notice").innerText()).toMatch(/^Belum ada indikator yang dikode/u);
    expect(await page.locator(".case-page figure.chart").count()).toBe(1);
    expect(await page.locator(".case-page figure.chart").getAttribute("data-chart")).toBe("denpasar-darwin-stages");
    expect(await page.locator("table.evidence:not(.portfolio)").count()).toBe(0);
    await page.close();
  });

  it("a coded partnership has no such notice", async () => {
    const page = await openAt("./?page=case&id=bandung-liuzhou", 1366, "id");
    await page.waitForSelector(".case-page figure.chart svg");
    expect(await page.locator(".uncoded-notice").count()).toBe(0);
    expect(await page.locator(".case-page figure.chart").count()).toBe(2);
    await page.close();
  });
});

describe("the compare page's correlation heatmap says what its cells show (built site, Chromium)", () => {
  it.each([
    [390, "id"],
    [1366, "id"],
    [1366, "en"],
    [1920, "id"],
  ] as const)(
    "at %i px in %s: the caption promises figures in the cells only when they are drawn there",
    async (width, language) => {
      const page = await openAt(
        "./?page=compare&cases=bandung-liuzhou,denpasar-mossel-bay,jawa-barat-souss-massa",
        width,
        language,
      );
      const figure = page.locator('figure[data-chart="compare-correlations"]');
      await figure.locator("svg").first().waitFor();
      // The figures as drawn: the texts inside the cells that start with ρ.
      const drawn = await figure
        .locator("svg text")
        .evaluateAll((texts) => texts.filter((text) => /^ρ [−\d]/u.test(text.textContent ?? "")).length);
      const caption = await figure.locator("figcaption .summary").innerText();
      if (drawn > 0)
        expect(caption).toMatch(
          language === "id" ? /^Setiap sel: ρ Spearman dan n/u : /^Each cell: Spearman's ρ and n/u,
        );
      else {
        expect(caption).not.toMatch(/^Setiap sel: ρ|^Each cell: Spearman/u);
        expect(caption).toMatch(language === "id" ? /tabel data di bawah bagan/u : /data table below the chart/u);
      }
      // The numbers are there at a laptop's width (they fit), and a phone says where they are instead.
      if (width >= 1366) expect(drawn).toBeGreaterThan(10);
      if (width === 390) expect(drawn).toBe(0);
      await page.close();
    },
  );
});

describe("Cite this chart from a local copy (built site served on 127.0.0.1, Chromium)", () => {
  it.each([
    [
      "id",
      /^Paradiplomacy toolkit\. \(\d{4}\)\. .+ \[Bagan\]\. Diakses \d{1,2} \p{L}+ \d{4} dari salinan lokal situs; tampilan: \?page=case&id=denpasar-mossel-bay&lang=id$/u,
      /salinan lokal situs/u,
    ],
    [
      "en",
      /^Paradiplomacy toolkit\. \(\d{4}\)\. .+ \[Chart\]\. Retrieved \p{L}+ \d{1,2}, \d{4} from a local copy of the site; view: \?page=case&id=denpasar-mossel-bay&lang=en$/u,
      /local copy of the site/u,
    ],
  ] as const)(
    "in %s: says the page was read from a local copy, in the page's language, and cites the view by its path",
    async (language, apa, note) => {
      const page = await openAt("./?page=case&id=denpasar-mossel-bay", 1366, language);
      const figure = page.locator(".case-page figure.chart[data-chart]").first();
      await figure.waitFor();
      await figure.locator("details.cite-chart summary").click();
      expect(await figure.locator("details.cite-chart .apa").innerText()).toMatch(apa);
      expect(await figure.locator("details.cite-chart .cite-local").innerText()).toMatch(note);
      const bibtex = await figure.locator("details.cite-chart .bibtex").innerText();
      expect(bibtex).not.toContain("127.0.0.1");
      expect(bibtex).toContain("\\&id=denpasar-mossel-bay");
      if (language === "id")
        expect(await figure.locator("details.cite-chart").innerText()).not.toMatch(/Retrieved|from /u);
      await page.close();
    },
  );
});

describe("the world page's partner-country bars (built site, Chromium)", () => {
  it.each(["id", "en"] as const)(
    "in %s: say they are the top 20, and their axis says what a bar counts",
    async (language) => {
      const page = await openAt("./?page=world", 390, language);
      const figure = page.locator('figure[data-chart="indonesia-partner-countries"]');
      await figure.locator("svg").first().waitFor({ timeout: 60_000 });
      const bars = await figure.locator("svg g[aria-label='bar'] rect").count();
      expect(bars).toBe(20);
      const caption = await figure.locator("figcaption .summary").innerText();
      const countries = Number(/^(\d+)/u.exec(caption)![1]);
      expect(countries).toBeGreaterThan(bars);
      expect(caption).toContain(
        language === "id"
          ? "bagan menampilkan 20 negara dengan pasangan terbanyak"
          : "the chart shows the 20 with the most pairs",
      );
      // The axis title, drawn inside the chart: what the bars count.
      const title = language === "id" ? "Pasangan kota kembar (Wikipedia)" : "Twin-city pairs (Wikipedia)";
      const axisTitle = figure.locator("svg text", { hasText: title });
      expect(await axisTitle.count()).toBe(1);
      const [text, svg] = [await axisTitle.boundingBox(), await figure.locator("svg").first().boundingBox()];
      expect(text!.y + text!.height).toBeLessThanOrEqual(svg!.y + svg!.height + 0.5);
      expect(text!.x + text!.width).toBeLessThanOrEqual(svg!.x + svg!.width + 0.5);
      // The data table holds every country, most pairs first.
      await figure.locator("details.chart-data summary").click();
      expect(await figure.locator("details.chart-data tbody tr").count()).toBe(countries);
      await page.close();
    },
  );
});

describe("references and notes in the page's language, no codes in prose (built site, Chromium)", () => {
  it("the data page's references are Indonesian in the Indonesian view and unchanged in English", async () => {
    const indonesian = await openAt("./?page=data", 390, "id");
    await indonesian.waitForSelector("[data-source]");
    const references = (await indonesian.locator("p[data-source]").allInnerTexts()).join("\n");
    expect(references).not.toMatch(
      /Anonymous|\[Journal article\]|\[Thesis|as research site|Master's thesis|\(n\.d\.\)/u,
    );
    expect(references).toContain("Anonim. (t.t.).");
    expect(references).toContain("[Artikel jurnal]");
    await indonesian.close();
    const english = await openAt("./?page=data", 390, "en");
    await english.waitForSelector("[data-source]");
    expect(await english.locator('p[data-source^="001_"]').innerText()).toMatch(
      /^Anonymous\. \(n\.d\.\)\. .* as research site\.$/u,
    );
    await english.close();
  });

  it.each(["id", "en"] as const)(
    "in %s: the sources' anonymous titles are cut at a word, and no indicator or stage id is written in prose",
    async (language) => {
      const casePage = await openAt("./?page=case&id=denpasar-mossel-bay", 1366, language);
      await casePage.waitForSelector(".case-page figure.chart svg");
      const text = await mainText(casePage);
      expect(text).not.toMatch(/tangible_results|'activity'/u);
      // The anonymous abstract (source 003) was labelled "“Factors behind the sister city cooperation betw…”".
      const labels = text.match(/“[^”]*…”/gu) ?? [];
      expect(labels).toContain("“Factors behind the sister city cooperation…”");
      for (const label of labels) expect(label, label).toMatch(/[\p{L}\d)]…”$/u);
      await casePage.close();
      const overview = await openAt("./?", 390, language);
      // The implementation framework's note, said in words.
      await overview
        .getByText(
          language === "id"
            ? /Dihitung dari peristiwa pada tahap kegiatan/u
            : /Counted from events at the activity stage/u,
        )
        .waitFor();
      expect(await mainText(overview)).not.toMatch(/'activity'/u);
      await overview.close();
    },
  );
});
