import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { chartExport } from "../../src/charts/chartExport.ts";

const { document } = new JSDOM("<!doctype html><body></body>").window;

describe("chartExport(svg, {title, subtitle, legend, source, licence, url})", () => {
  const chart = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  chart.setAttribute("width", "600");
  chart.setAttribute("height", "300");
  chart.append(document.createElementNS("http://www.w3.org/2000/svg", "circle"));
  const exported = chartExport(chart, {
    title: "Scores per indicator",
    subtitle: "Each cell is one indicator of one partnership. ".repeat(4),
    legend: [
      { color: "#D55E00", label: "0 absent" },
      { color: "#0072B2", label: "2 realised" },
    ],
    source: "Source: the paradiplomacy toolkit",
    licence: "Licence: CC BY 4.0",
    url: "https://example.org/?page=compare&cases=a,b",
    document,
  });
  const texts = [...exported.querySelectorAll("text")].map((text) => text.textContent);

  it("carries the title, the subtitle wrapped to the width, the legend in words, the source, the licence and the address", () => {
    expect(texts[0]).toBe("Scores per indicator");
    expect(texts.filter((text) => text!.startsWith("Each cell")).length).toBeGreaterThanOrEqual(1);
    expect(texts).toEqual(
      expect.arrayContaining(["0 absent", "2 realised", "Source: the paradiplomacy toolkit", "Licence: CC BY 4.0"]),
    );
    expect(texts.at(-1)).toBe("https://example.org/?page=compare&cases=a,b");
    expect([...exported.querySelectorAll("rect")].map((rect) => rect.getAttribute("fill"))).toEqual([
      "white",
      "#D55E00",
      "#0072B2",
    ]);
  });

  it("holds the chart itself below the header, and is as tall as all of it", () => {
    const body = exported.querySelector("svg")!;
    expect(body.querySelector("circle")).not.toBeNull();
    const top = Number(body.getAttribute("y"));
    expect(top).toBeGreaterThan(40);
    expect(Number(exported.getAttribute("height"))).toBeGreaterThan(top + 300);
    expect(exported.getAttribute("width")).toBe("600");
  });
});
