// The figures the Denpasar notebook states in its prose, computed with the toolkit.
import { partnershipsOf, type Indonesia } from "../kit/data.ts";

export function figures(data: Indonesia): Record<string, number> {
  const denpasar = partnershipsOf(data, "Denpasar");
  const portfolio = data.localGovernments.find((localGovernment) => localGovernment.name === "Denpasar")!;
  const layersOf = (id: string) => denpasar.find((score) => score.id === id)!["three-layers"].layers;
  const countStatus = (layer: "economic" | "multidimensional" | "political", status: string) =>
    denpasar.filter((score) => score["three-layers"].layers[layer].status === status).length;
  const politicalPortfolio = portfolio.portfolio_codings.filter(
    (coding) =>
      coding.framework === "three-layers" &&
      ["distinct_identity", "political_representation", "protodiplomacy"].includes(coding.indicator),
  );
  return {
    partnerships: denpasar.length,
    anyLayerAssessed: denpasar.filter((score) =>
      Object.values(score["three-layers"].layers).some((layer) => layer.status !== "not assessable"),
    ).length,
    economicPresent: countStatus("economic", "present"),
    economicPartial: countStatus("economic", "partial"),
    multidimensionalPresent: countStatus("multidimensional", "present"),
    politicalAssessedInAPartnership: denpasar.length - countStatus("political", "not assessable"),
    politicalPortfolioIndicators: politicalPortfolio.length,
    politicalPortfolioScore: portfolio["three-layers"].layers.political.score ?? Number.NaN,
    portfolioMultidimensionalBreadth: portfolio["three-layers"].layers.multidimensional.breadth,
    mosselBayEconomicBreadth: layersOf("denpasar-mossel-bay").economic.breadth,
    mosselBayMultidimensionalBreadth: layersOf("denpasar-mossel-bay").multidimensional.breadth,
    perthMultidimensionalBreadth: layersOf("denpasar-perth").multidimensional.breadth,
    brightonMultidimensionalBreadth: layersOf("denpasar-brighton-hove").multidimensional.breadth,
    covidPartnerships: portfolio.challenges.presentIn.covid19?.length ?? 0,
    stalled: denpasar.filter((score) => score.stage.stalled).length,
    challengesPresent: portfolio.challenges.present.length,
  };
}
