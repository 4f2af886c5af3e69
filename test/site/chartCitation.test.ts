import { describe, expect, it } from "vitest";
import { chartCitation, viewAddressText } from "../../web/chartCitation.ts";
import { viewAddress } from "../../web/viewAddress.ts";

const day = new Date("2026-12-06T10:00:00Z");

describe("viewAddress(href, siteUrl)", () => {
  it("gives a loopback server's or a file's view as its path alone, marked local", () => {
    expect(viewAddress("http://127.0.0.1:4307/?page=case&id=a-b&lang=id")).toEqual({
      address: "?page=case&id=a-b&lang=id",
      local: true,
    });
    expect(viewAddress("http://localhost:5173/?page=world").local).toBe(true);
    expect(viewAddress("file:///media/usb/dist/index.html?page=world")).toEqual({
      address: "?page=world",
      local: true,
    });
  });

  it("gives the public address set at build time, whatever server the page came from", () => {
    expect(viewAddress("http://127.0.0.1:4307/?page=world", "https://example.org/paradiplomacy")).toEqual({
      address: "https://example.org/paradiplomacy/?page=world",
      local: false,
    });
  });

  it("gives a public page's own address when none is set", () => {
    expect(viewAddress("https://toolkit.example.id/site/?page=world").address).toBe(
      "https://toolkit.example.id/site/?page=world",
    );
  });
});

describe("chartCitation(title, view, language, date)", () => {
  const local = viewAddress("http://127.0.0.1:4307/?page=case&id=banda-aceh-apeldoorn&lang=id");
  const published = viewAddress("http://127.0.0.1:4307/?page=world", "https://example.org/");

  it("cites a published view by its address, in APA's words of each language", () => {
    expect(chartCitation("Skor", published, "id", day).apa).toBe(
      "Paradiplomacy toolkit. (2026). Skor [Bagan]. Diakses 6 Desember 2026, dari https://example.org/?page=world",
    );
    expect(chartCitation("Scores", published, "en", day).apa).toBe(
      "Paradiplomacy toolkit. (2026). Scores [Chart]. Retrieved December 6, 2026, from https://example.org/?page=world",
    );
    expect(chartCitation("Scores", published, "en", day).bibtex).toContain(
      "howpublished = {\\url{https://example.org/?page=world}}",
    );
    expect(chartCitation("Scores", published, "en", day).localNote).toBeNull();
  });

  it("says plainly that a local copy was read, and cites the view by its path, never as a bare query", () => {
    const indonesian = chartCitation("Profil", local, "id", day);
    expect(indonesian.apa).toBe(
      "Paradiplomacy toolkit. (2026). Profil [Bagan]. Diakses 6 Desember 2026 dari salinan lokal situs; tampilan: ?page=case&id=banda-aceh-apeldoorn&lang=id",
    );
    expect(indonesian.apa).not.toMatch(/Retrieved|from/u);
    expect(indonesian.localNote).toMatch(/salinan lokal/u);
    const english = chartCitation("Profile", local, "en", day);
    expect(english.apa).toBe(
      "Paradiplomacy toolkit. (2026). Profile [Chart]. Retrieved December 6, 2026 from a local copy of the site; view: ?page=case&id=banda-aceh-apeldoorn&lang=id",
    );
    // BibTeX: the path is text, with its & escaped.
    expect(english.bibtex).toContain(
      "howpublished = {Local copy of the site; view: \\texttt{?page=case\\&id=banda-aceh-apeldoorn\\&lang=id}}",
    );
    expect(english.bibtex).toContain("note = {Chart, accessed 2026-12-06}");
  });

  it("writes a download's footer address in words for a local copy", () => {
    expect(viewAddressText(local, "id")).toBe(
      "Salinan lokal situs; tampilan: ?page=case&id=banda-aceh-apeldoorn&lang=id",
    );
    expect(viewAddressText(published, "en")).toBe("https://example.org/?page=world");
  });
});
