// Chart builders rendered on small data in a DOM (jsdom), checking the marks and values they draw.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { matrixChart } from "../../src/charts/matrixChart.ts";
import { chartFontSize } from "../../src/charts/chartFontSize.ts";
import type { MatrixCell } from "../../src/charts/indicatorMatrix.ts";
import { partnershipMap } from "../../src/charts/partnershipMap.ts";
import { timelineChart } from "../../src/charts/timeline.ts";
import { elementsDotPlot, type ElementDot } from "../../src/charts/elementsDotPlot.ts";
import { elementLabel, elementLabels } from "../../src/charts/elementLabel.ts";
import { PARTNERSHIP_COLORS, SCORE_COLORS, SCORE_WORDS } from "../../src/charts/scoreColors.ts";
import type { Partnership } from "../../src/dataset/types.ts";

const { document } = new JSDOM("<!doctype html><body></body>").window;

const cell = (partnership: string, indicatorName: string, score: number | null): MatrixCell => ({
  partnership,
  framework: "three-layers",
  indicator: indicatorName,
  indicatorName,
  group: "economic",
  groupLabel: "Layer 1: economic",
  score,
  scoreLabel: score === null ? "NA" : String(score),
  evidence: score ? `quote ${indicatorName}` : null,
  evidenceKind: score ? "finding" : null,
  source: score ? "src" : null,
  locator: "1",
});

describe("PARTNERSHIP_COLORS", () => {
  it("shares no colour with the scores, so that a colour never means both", () => {
    for (const color of PARTNERSHIP_COLORS) expect(Object.values(SCORE_COLORS)).not.toContain(color);
    expect(new Set(PARTNERSHIP_COLORS).size).toBe(PARTNERSHIP_COLORS.length);
  });
});

describe("chartFontSize(width)", () => {
  // What the chart text measures in Chromium is checked at 390 and 1920 px in test/e2e/accessibility.test.ts.
  it("is 12 px or more on a phone and grows with the chart, to at most 20", () => {
    expect([320, 390, 1100, 1400, 5000].map(chartFontSize)).toEqual([12, 12, 13, 16, 20]);
  });
});

describe("matrixChart(cells, options)", () => {
  const chart = matrixChart(
    [cell("a", "trade", 2), cell("a", "culture", null), cell("b", "trade", 0), cell("b", "culture", 1)],
    { width: 900, labels: { a: "Kota A – Kota B" }, document },
  );

  it("draws one rect per cell, filled by score with NA grey", () => {
    const fills = [...chart.querySelectorAll("g[aria-label='cell'] rect")].map((rect) => rect.getAttribute("fill"));
    expect(fills).toEqual([SCORE_COLORS["2"], SCORE_COLORS.NA, SCORE_COLORS["0"], SCORE_COLORS["1"]]);
  });

  it("writes the score in each cell and the evidence with its kind in its tooltip", () => {
    // The last text mark writes the scores (the one before names the groups of columns).
    const scores = [...chart.querySelectorAll("g[aria-label='text']")].at(-1)!;
    expect([...scores.querySelectorAll("text")].map((text) => text.textContent)).toEqual(["2", "NA", "0", "1"]);
    expect(chart.querySelector("g[aria-label='cell'] rect title")?.textContent).toBe(
      "Kota A – Kota B · trade: 2\n“quote trade” (finding)\nsrc, 1",
    );
  });

  it("says in words what each colour means, in the language given", () => {
    const legend = (labels?: Record<string, string>) =>
      [...matrixChart([cell("a", "trade", 2)], { width: 500, document, legendLabels: labels }).querySelectorAll("span")]
        .map((span) => span.textContent?.trim())
        .filter(Boolean);
    expect(legend()).toEqual(["0 absent", "1 planned or on paper", "2 realised", "NA source silent"]);
    expect(legend(SCORE_WORDS.id)).toEqual([
      "0 tidak ada",
      "1 direncanakan / di atas kertas",
      "2 terlaksana",
      "NA sumber tidak membahas",
    ]);
  });

  it("turns the table on a phone: one row per indicator, one column per partnership, named", () => {
    const phone = matrixChart([cell("a", "trade", 2), cell("b", "trade", 1), cell("a", "culture", null)], {
      width: 390,
      labels: { a: "Kota A – Kota B" },
      document,
    });
    // A label wrapped to fit its column is drawn a line a tspan: read back as its words.
    const ticks = (axis: string) =>
      [...phone.querySelectorAll(`g[aria-label='${axis}-axis tick label'] text`)].map((text) =>
        text.querySelector("tspan")
          ? [...text.querySelectorAll("tspan")].map((line) => line.textContent).join(" ")
          : text.textContent,
      );
    // The first row is the group's header, named by a text across it rather than a tick.
    expect(ticks("y")).toEqual(["", "trade", "culture"]);
    expect(ticks("x")).toEqual(["Kota A – Kota B", "b"]);
    expect((phone.querySelector("svg") ?? phone).closest("[data-orientation]")?.getAttribute("data-orientation")).toBe(
      "indicators-as-rows",
    );
  });

  it("groups the rows on a phone: each layer's or the elements' name on a row of its own above its indicators", () => {
    const element = (partnership: string, name: string, score: number): MatrixCell => ({
      ...cell(partnership, name, score),
      framework: "ringrose",
      group: "ringrose",
      groupLabel: "Five elements",
    });
    const phone = matrixChart(
      [cell("a", "trade", 2), cell("a", "culture", 1), element("a", "commitment", 2), element("a", "reciprocity", 0)],
      { width: 390, document },
    );
    const headers = [...phone.querySelectorAll("g[aria-label='text'] text")].filter((text) =>
      ["Layer 1: economic", "Five elements"].includes(text.textContent ?? ""),
    );
    expect(headers.map((text) => text.textContent)).toEqual(["Layer 1: economic", "Five elements"]);
    expect(headers.every((text) => text.closest("g")?.getAttribute("font-weight") === "bold")).toBe(true);
    const ticks = [...phone.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((text) => text.textContent);
    expect(ticks).toEqual(["", "trade", "culture", "", "commitment", "reciprocity"]);
  });

  it("names each group of columns above it when the table is wide", () => {
    expect([...chart.querySelectorAll("text")].map((text) => text.textContent)).toContain("Layer 1: economic");
  });

  it("labels rows with the given names", () => {
    expect(
      [...chart.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((text) => text.textContent),
    ).toEqual(["Kota A – Kota B", "b"]);
  });
});

const partnership = (
  id: string,
  kind: Partnership["kind"],
  coordinates: [number, number, number, number] | null,
): Partnership => ({
  id,
  local_government: "Kota A",
  local_government_level: "city",
  country_code: "ID",
  country_name: "Indonesia",
  partner: id,
  partner_level: "city",
  partner_country_code: "ZA",
  partner_country_name: "South Africa",
  kind,
  local_latitude: coordinates?.[0] ?? null,
  local_longitude: coordinates?.[1] ?? null,
  partner_latitude: coordinates?.[2] ?? null,
  partner_longitude: coordinates?.[3] ?? null,
  coordinates_source: null,
  first_contact_year: null,
  status: null,
  source: "src",
  locator: "1",
  notes: null,
  notes_indonesian: null,
  status_evidence: null,
  status_locator: null,
});

describe("partnershipMap(partnerships, {land})", () => {
  it("draws a link and a dot per located partnership, coloured by kind, and skips the rest", () => {
    const land: GeoJSON.Geometry = {
      type: "Polygon",
      coordinates: [
        [
          [100, -10],
          [120, -10],
          [120, 0],
          [100, 0],
          [100, -10],
        ],
      ],
    };
    const chart = partnershipMap(
      [
        partnership("x", "sister-city", [-8.6, 115.2, -34.2, 22.1]),
        partnership("y", "sister-province", [-6.9, 107.6, 30.4, -9.6]),
        partnership("z", "sister-city", null),
      ],
      { land, width: 600, document },
    );
    const links = [...chart.querySelectorAll("g[aria-label='link'] path")];
    expect(links).toHaveLength(2);
    expect(links.map((link) => link.getAttribute("stroke"))).toEqual(["#0072B2", "#009E73"]);
    expect([...chart.querySelectorAll("g[aria-label='dot'] circle title")].map((title) => title.textContent)).toEqual([
      "Kota A – x (South Africa)",
      "Kota A – y (South Africa)",
    ]);
  });
});

describe("timelineChart(data)", () => {
  it("draws a line per partnership and a dot per dated event coloured by status", () => {
    const chart = timelineChart(
      {
        rows: [{ partnership: "a", label: "A", start: 2019, end: 2022 }],
        events: [
          {
            partnership: "a",
            year: 2019,
            stage: "loi-signed",
            status: "realised",
            description: "LoI",
            source: "src, 1",
          },
          {
            partnership: "a",
            year: 2021,
            stage: "activity",
            status: "cancelled",
            description: "Festival",
            source: "src, 2",
          },
        ],
      },
      { width: 500, document, statusLabels: { realised: "terlaksana" } },
    );
    expect(chart.querySelectorAll("g[aria-label='rule'] line")).toHaveLength(1);
    expect([...chart.querySelectorAll("g[aria-label='dot'] circle")].map((dot) => dot.getAttribute("fill"))).toEqual([
      "#0072B2",
      "#D55E00",
    ]);
    expect(chart.textContent).toContain("terlaksana");
  });
});

describe("timelineChart(data): every event seen, years labelled once", () => {
  // Denpasar – Mossel Bay's events in the dataset: three in 2019, five in 2020 (one cancelled), three in 2021.
  const event = (year: number, status: string) => ({
    partnership: "a",
    year,
    stage: "activity",
    status,
    description: `event of ${year}`,
    source: "src, 1",
  });
  const data = {
    rows: [{ partnership: "a", label: "Denpasar – Mossel Bay", start: 2019, end: 2023 }],
    events: [
      event(2019, "realised"),
      event(2019.04, "realised"),
      event(2019, "realised"),
      ...[2020, 2020, 2020, 2020].map((year) => event(year, "realised")),
      event(2020, "cancelled"),
      event(2021, "planned"),
      event(2021, "planned"),
      event(2021, "realised"),
    ],
  };

  it.each([390, 900, 1920])("draws no dot over another at %i px: each event is a dot of its own", (width) => {
    const chart = timelineChart(data, { width, document });
    const circles = [...chart.querySelectorAll("g[aria-label='dot'] circle")].map((circle) => {
      // Plot places a dot by its cx/cy or by a translate() transform.
      const [, tx = "0", ty = "0"] =
        /translate\(([-\d.]+),\s*([-\d.]+)\)/u.exec(circle.getAttribute("transform") ?? "") ?? [];
      return {
        x: Number(circle.getAttribute("cx") ?? 0) + Number(tx),
        y: Number(circle.getAttribute("cy") ?? 0) + Number(ty),
        r: Number(circle.getAttribute("r") ?? chart.querySelector("g[aria-label='dot']")?.getAttribute("r") ?? 4),
      };
    });
    expect(circles).toHaveLength(data.events.length);
    for (const [i, a] of circles.entries())
      for (const b of circles.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
  });

  it.each([390, 900, 1920])("labels the axis in whole years, each year once, at %i px", (width) => {
    const chart = timelineChart(data, { width, document });
    const ticks = [...chart.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((text) => text.textContent);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ticks).size).toBe(ticks.length);
    for (const tick of ticks) expect(tick).toMatch(/^\d{4}$/u);
  });
});

describe("elementLabel(element, language)", () => {
  it("names tangible results as the outcome, apart from the four conditions", () => {
    expect(elementLabel("tangible_results", "en")).toBe("Tangible results (outcome)");
    expect(elementLabel("tangible_results", "id")).toBe("Hasil nyata (luaran)");
    expect(elementLabel("commitment", "en")).toBe("Commitment");
    expect(elementLabels("en").at(-1)).toBe("Tangible results (outcome)");
  });
});

describe("elementsDotPlot(dots)", () => {
  it("leaves room on the left for the longest row name, wrapped at spaces within it, so that no name is cut", () => {
    const long = "A row name of exactly forty-one characters";
    const dots: ElementDot[] = [{ partnership: "a", element: "x", elementName: long, score: 1, evidence: null }];
    const chart = elementsDotPlot(dots, { width: 390, elementNames: [long], document });
    const frame = chart.querySelector("g[aria-label='frame'] rect, rect[aria-label='frame']")!;
    const label = chart.querySelector("g[aria-label='fy-axis tick label'] text")!;
    const lines = label.querySelector("tspan")
      ? [...label.querySelectorAll("tspan")].map((line) => line.textContent ?? "")
      : [label.textContent ?? ""];
    expect(lines.join(" ")).toBe(long);
    // At 390 px the font is chartFontSize(390) px; a character takes about 0.6 em.
    for (const line of lines)
      expect(Number(frame.getAttribute("x"))).toBeGreaterThanOrEqual(line.length * chartFontSize(390) * 0.6);
  });

  it("draws one dot per assessed element, in a row per element", () => {
    const dots: ElementDot[] = [
      { partnership: "a", element: "commitment", elementName: "Commitment", score: 2, evidence: null },
      { partnership: "b", element: "commitment", elementName: "Commitment", score: 2, evidence: null },
      { partnership: "a", element: "reciprocity", elementName: "Reciprocity", score: 0, evidence: null },
    ];
    const chart = elementsDotPlot(dots, { width: 500, elementNames: ["Commitment", "Reciprocity"], document });
    const circles = [...chart.querySelectorAll("g[aria-label='dot'] circle")];
    expect(circles).toHaveLength(3);
    // Equal scores in one row are spread apart, not drawn on top of each other.
    const commitment = circles.slice(0, 2).map((circle) => `${circle.getAttribute("cx")},${circle.getAttribute("cy")}`);
    expect(new Set(commitment).size).toBe(2);
  });
});
