import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/validate/validateDataset.ts";
import { draftFiles, emptyRow, filesToTexts, newDraft, type Draft } from "../../src/workbench/draft.ts";
import {
  isUntouched,
  missingToStart,
  placeOfProblem,
  problemInWords,
  scorableRows,
} from "../../src/workbench/draftProblems.ts";

/** A draft with the partnership filled, one source and one coded indicator, as a researcher's first minutes leave it. */
function filledDraft(): Draft {
  const draft = newDraft("d", "ana", "2026-12-06T00:00:00Z");
  Object.assign(draft.partnership, {
    id: "kota-a-kota-b",
    local_government: "Kota A",
    local_government_level: "city",
    country_code: "ID",
    country_name: "Indonesia",
    partner: "Kota B",
    partner_country_code: "ZA",
    partner_country_name: "South Africa",
    kind: "sister-city",
    source: "src",
    locator: "4.1",
  });
  draft.sources.push(
    emptyRow("sources", { id: "src", type: "journal-article", title: "A title", citation: "A citation." }),
  );
  draft.codings.push(
    emptyRow("codings", {
      framework: "three-layers",
      indicator: "culture",
      score: "2",
      evidence: "a festival took place",
      evidence_kind: "finding",
      source: "src",
      locator: "4.2",
    }),
  );
  return draft;
}

const check = (draft: Draft) => {
  const texts = filesToTexts(draftFiles([draft]));
  return { texts, first: validateDataset(texts) };
};

describe("a new draft", () => {
  it("is untouched, has no problem to list, and names the partnership's required fields to fill first", () => {
    const draft = newDraft("d", "", "2026-12-06T00:00:00Z");
    expect(isUntouched(draft)).toBe(true);
    expect(check(draft).first.problems).toEqual([]);
    expect(missingToStart(draft, "en")).toEqual([
      "Partnership id",
      "Local government",
      "Level",
      "Country (ISO 3166-1 alpha-2)",
      "Country name",
      "Partner",
      "Partner country (ISO 3166-1 alpha-2)",
      "Partner country name",
      "Kind of partnership",
      "Source",
      "Locator",
    ]);
    expect(missingToStart(draft, "id")[1]).toBe("Pemerintah daerah");
    draft.partnership.id = "kota-a";
    expect(isUntouched(draft)).toBe(false);
    expect(missingToStart(draft, "en")).not.toContain("Partnership id");
  });
});

describe("problemInWords(problem, language)", () => {
  it("says a draft's problems by the form's section, row and field title, without a file, row or column number or a pattern", () => {
    const draft = newDraft("d", "ana", "2026-12-06T00:00:00Z");
    draft.partnership.id = "kota-a";
    const words = check(draft).first.problems.map((problem) => problemInWords(problem, "en"));
    expect(words).toContain("The partnership — “Level” is empty. Enter one of city, regency, province.");
    expect(words).toContain("The partnership — “Local government” is empty.");
    for (const text of words) {
      expect(text).not.toMatch(/\.csv|:\d+:\d+|\[a-z|\\/);
      expect(text).toMatch(/^The partnership — “/);
    }
  });

  it("names the row of a coding or source from 1, and says what was found when it is not empty", () => {
    const draft = filledDraft();
    draft.codings[0]!.evidence_kind = "explicit";
    draft.sources[0]!.citation = "";
    const words = check(draft).first.problems.map((problem) => problemInWords(problem, "en"));
    expect(words).toEqual([
      'Coding 1 — “Kind of evidence” is not one of the allowed values (now "explicit"). Enter one of finding, argument, secondary, inference.',
      "Source 1 — “Full citation (APA)” is empty.",
    ]);
    expect(check(draft).first.problems.map((problem) => problemInWords(problem, "id"))[1]).toBe(
      "Sumber 1 — “Sitasi lengkap (APA)” masih kosong.",
    );
  });

  it("says every problem in Indonesian on the Indonesian page, allowed values by their labels; in English as before", () => {
    const draft = filledDraft();
    draft.partnership.local_government_level = "town";
    draft.partnership.country_code = "id";
    draft.codings[0]!.score = "7";
    draft.events.push(
      emptyRow("events", {
        id: "kota-a-kota-b-01",
        partnership: "kota-a-kota-b",
        date: "2019-02-30",
        stage: "activity",
        status: "realised",
        description: "A festival",
        evidence_kind: "finding",
        source: "src",
        locator: "4.2",
      }),
    );
    draft.codings[0]!.evidence_kind = "explicit";
    draft.codings.push(
      emptyRow("codings", { framework: "ringrose", indicator: "commitment", score: "2", evidence: "x", locator: "1" }),
    );
    const { problems } = check(draft).first;
    expect(problems.map((problem) => problemInWords(problem, "id"))).toEqual([
      'Koding 1 — “Skor” terlalu besar (sekarang "7"). Isi dengan bilangan bulat dari 0 sampai 2 atau NA.',
      'Koding 1 — “Jenis bukti” bukan salah satu nilai yang diizinkan (sekarang "explicit"). Isi dengan salah satu dari temuan, argumen, sekunder, inferensi pengode.',
      "Koding 2 — “Jenis bukti” masih kosong. Isi dengan jenis buktinya: temuan, argumen, sekunder, inferensi pengode.",
      "Koding 2 — “Sumber” masih kosong. Isi dengan kode sumber yang tercantum di sources.csv.",
      'Peristiwa bertanggal 1 — “Tanggal” bukan tanggal yang ada di kalender: Februari 2019 hanya 28 hari (sekarang "2019-02-30"). Isi dengan tahun, tahun-bulan atau tanggal yang ada (YYYY, YYYY-MM atau YYYY-MM-DD).',
      'Data kerja sama — “Tingkat” bukan salah satu nilai yang diizinkan (sekarang "town"). Isi dengan salah satu dari kota, kabupaten, provinsi.',
      'Data kerja sama — “Negara (ISO 3166-1 alpha-2)” tidak berbentuk seperti yang diminta: tulis dengan huruf kapital: ID (sekarang "id"). Isi dengan kode negara dua huruf kapital (ISO 3166-1 alpha-2), misalnya ID.',
    ]);
    // The English words are the CLI's, unchanged.
    expect(problems.map((problem) => problemInWords(problem, "en"))).toContain(
      'Coding 1 — “Score” is too large (now "7"). Enter an integer from 0 to 2 or NA.',
    );
  });
});

describe("scorableRows(texts, first)", () => {
  it("scores the partnership and its codings when only its source has a problem (a citation missing)", () => {
    const draft = filledDraft();
    draft.sources[0]!.citation = "";
    const { texts, first } = check(draft);
    expect(first.problems.map((problem) => problem.field)).toEqual(["citation"]);
    const reading = scorableRows(texts, first);
    expect(reading.dataset.partnerships.map((partnership) => partnership.id)).toEqual(["kota-a-kota-b"]);
    expect(reading.dataset.codings.map((coding) => coding.indicator)).toEqual(["culture"]);
  });

  it("keeps the sources when they have no problem, and scores nothing while the partnership itself has one", () => {
    const { texts, first } = check(filledDraft());
    expect(scorableRows(texts, first).dataset.sources).toHaveLength(1);
    const draft = filledDraft();
    draft.partnership.kind = "";
    const broken = check(draft);
    expect(scorableRows(broken.texts, broken.first).dataset.partnerships).toEqual([]);
  });
});

describe("placeOfProblem(problem, draft)", () => {
  it("finds the field of the partnership, of the n-th source, and of the coded indicator a problem is about", () => {
    const draft = filledDraft();
    draft.partnership.kind = "";
    draft.sources[0]!.citation = "";
    draft.codings[0]!.evidence_kind = "explicit";
    const places = check(draft).first.problems.map((problem) => placeOfProblem(problem, draft));
    expect(places).toEqual([
      { resource: "codings", framework: "three-layers", indicator: "culture", field: "evidence_kind" },
      { resource: "partnerships", field: "kind" },
      { resource: "sources", index: 0, field: "citation" },
    ]);
  });
});

describe("a coding's coder", () => {
  it("is said, and found, as the draft's coder", () => {
    const draft = filledDraft();
    draft.coder = "";
    const [problem] = check(draft).first.problems;
    expect(problemInWords(problem!, "en")).toMatch(/^The draft — “Coder” is empty\./);
    expect(placeOfProblem(problem!, draft)).toEqual({ resource: "draft", field: "coder" });
  });
});
