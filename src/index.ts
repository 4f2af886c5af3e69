/**
 * The public API of the `paradiplomacy` package: what a researcher's script, a notebook or another tool needs
 * (read, validate, score, the frameworks' registry and types, agreement, QCA, sensitivity, charts, codebook
 * formats), and nothing else. Everything else in `src/` (the column store, the CSV reader, the validators' parts,
 * the workbench's model) is internal: the project imports it by path, and it may change in any release.
 * Reading a dataset folder from disk is in `paradiplomacy/node`, so that this entry runs in a browser too.
 *
 * @module paradiplomacy
 */
// This reference is generated from the JSDoc by `npm run docs:api` into docs/api/.

// Problems and languages
export { formatProblem, type Problem } from "./problem.ts";
export { formatProblemIn, problemWords, type ProblemCode, type ProblemParams } from "./problemTexts.ts";
export {
  LANGUAGES,
  vocabularyLabel,
  vocabularyLabels,
  type Bilingual,
  type Language,
  type Vocabulary,
  type VocabularyCode,
} from "./language.ts";

// The dataset: its rows, vocabularies and format
export type { Coding, Dataset, Partnership, PartnershipEvent, PortfolioCoding, Source } from "./dataset/types.ts";
export {
  eventFields,
  eventStages,
  eventStatuses,
  evidenceKinds,
  localGovernmentLevels,
  partnerLevels,
  partnershipKinds,
  partnershipStatuses,
  sourceTypes,
  type EventStage,
  type EventStatus,
  type EvidenceKind,
  type LocalGovernmentLevel,
  type PartnerLevel,
  type PartnershipKind,
  type PartnershipStatus,
  type SourceType,
} from "./dataset/vocabularies.ts";
export { FORMAT_VERSION, RESOURCES, RESOURCE_NAMES, type ResourceName } from "./dataset/schemas.ts";
export { comparePartialDates, sortEvents } from "./dataset/partialDate.ts";

// Reading and validating
export { readDataset, type DatasetReading, type DatasetTexts } from "./dataset/readDataset.ts";
export { validateDataset } from "./validate/validateDataset.ts";

// The frameworks: the registry, each framework, and the contract a new one fulfils
export {
  frameworks,
  FRAMEWORK_IDS,
  type AggregateOf,
  type FrameworkId,
  type Registry,
  type RegistryOptions,
  type ResultOf,
} from "./frameworks/registry.ts";
export type {
  Framework,
  FrameworkMetadata,
  FrameworkOption,
  FrameworkSet,
  Indicator,
  IndicatorGroup,
  IndicatorScore,
  NoOptions,
  OptionDescriptions,
  OptionType,
  PartnershipInput,
  PortfolioMembers,
  Scale,
  ScaleLevel,
  SummaryColumn,
  SummaryValue,
} from "./frameworks/types.ts";
export {
  layers,
  LAYER_ORDER,
  threeLayers,
  type AggregatedLayer,
  type LayerId,
  type LayerResult,
  type LayerStatus,
  type ThreeLayersAggregate,
  type ThreeLayersResult,
} from "./frameworks/threeLayers.ts";
export {
  ELEMENT_ORDER,
  ringrose,
  type ElementId,
  type ConditionShortfall,
  type RingroseAggregate,
  type RingroseOptions,
  type RingroseResult,
} from "./frameworks/ringrose.ts";
export { CONDITION_ORDER, type ConditionId } from "./frameworks/ringroseConditions.ts";
export {
  stage,
  stages,
  STAGE_ORDER,
  type LegalBasis,
  type LegalStep,
  type StageAggregate,
  type StageId,
  type StageOptions,
  type StageResult,
  type StageSpan,
} from "./frameworks/stage.ts";
export {
  implementation,
  type ImplementationAggregate,
  type ImplementationCount,
  type ImplementationResult,
  type PooledRate,
  type RateBasis,
} from "./frameworks/implementation.ts";
export {
  checklistFramework,
  presenceItem,
  type ChecklistAggregate,
  type ChecklistResult,
} from "./frameworks/checklist.ts";
export { challenges } from "./frameworks/challenges.ts";
export { motives } from "./frameworks/motives.ts";
export { duchacek } from "./frameworks/duchacek.ts";
export { zelinsky } from "./frameworks/zelinsky.ts";
export { fulfilmentScale, presenceScale, realisationScale } from "./frameworks/scales.ts";
export { scoreIndicators } from "./frameworks/scoreIndicators.ts";

// Scoring and output
export { scoreDataset, type PartnershipScore, type ScoreOptions } from "./score/scoreDataset.ts";
export { scorePortfolios, type PortfolioScore } from "./score/scorePortfolios.ts";
export {
  aggregateByLocalGovernment,
  PORTFOLIO_MEMBER,
  type LocalGovernmentScore,
} from "./score/aggregateByLocalGovernment.ts";
export { toPublicJson } from "./score/toPublicJson.ts";
export { localGovernmentSummary, partnershipSummary, type Summary } from "./score/scoreRows.ts";
export { formatTable } from "./format/formatTable.ts";
export { formatCsv, type FormatCsvOptions } from "./format/formatCsv.ts";

// Codebook formats and citations
export {
  codebookCsv,
  codebookEntries,
  codebookMarkdown,
  type CodebookEntry,
  type CodebookExample,
} from "./codebook/codebook.ts";
export {
  parseRefiQdaCodeKey,
  refiQdaCodebook,
  refiQdaCodeKey,
  type RefiQdaCodebookOptions,
} from "./codebook/refiQdaCodebook.ts";
export { toBibtex } from "./dataset/toBibtex.ts";
export { citeSource, sourceLabel } from "./dataset/sourceLabel.ts";
export { countryName } from "./dataset/countryName.ts";
export { textIn } from "./dataset/textIn.ts";

// Source documents (docs/documents.md): their plain text, quotes found in it, locators; REFI-QDA projects read
export { readDocument } from "./documents/readDocument.ts";
export { DocumentError, type DocumentErrorKind } from "./documents/documentError.ts";
export type { DocumentFormat, DocumentHeading, SourceDocument } from "./documents/sourceDocument.ts";
export { searchableText, type SearchableText } from "./documents/searchableText.ts";
export { findQuote, type QuotePlace } from "./documents/findQuote.ts";
export { locatorOf, pageAt } from "./documents/locate.ts";
export { QdpxError, readQdpx } from "./refi/readQdpx.ts";
export type { QdaCase, QdaCoding, QdaProject, QdaSelection, QdaTextSource } from "./refi/qdaProject.ts";
export {
  importProject,
  type DatasetFileTexts,
  type ImportProjectOptions,
  type ImportReport,
  type ProjectImport,
} from "./refi/importProject.ts";

// The worldwide twin-city pairs
export {
  indonesianPairs,
  indonesianPartnerCountries,
  locateInNetwork,
  readTwinCities,
  type CaseInNetwork,
  type TwinCityPair,
} from "./dataset/twinCities.ts";

// Inter-coder agreement
export {
  MEASUREMENT_LEVELS,
  type MeasurementLevel,
  type ReliabilityData,
  type ReliabilityValue,
} from "./agreement/measurementLevel.ts";
export {
  krippendorffAlpha,
  type KrippendorffAlpha,
  type KrippendorffAlphaOptions,
} from "./agreement/krippendorffAlpha.ts";
export { alphaBootstrap, type AlphaBootstrap, type AlphaBootstrapOptions } from "./agreement/alphaBootstrap.ts";
export { cohenKappa, type CohenKappa } from "./agreement/cohenKappa.ts";
export { fleissKappa, type FleissKappa } from "./agreement/fleissKappa.ts";
export { percentAgreement } from "./agreement/percentAgreement.ts";
export { readReliabilityMatrix, type ReliabilityMatrix } from "./agreement/readReliabilityMatrix.ts";
export {
  codingReliability,
  type AgreementRow,
  type CoderJudgement,
  type CodingReliability,
  type CodingReliabilityOptions,
  type Disagreement,
} from "./reliability/codingReliability.ts";
export { agreementCaveat, type AgreementCaveat } from "./reliability/agreementCaveat.ts";

// Qualitative Comparative Analysis
export { expressionMemberships, qca, type NecessityRow, type QcaResult } from "./qca/qca.ts";
export type { QcaData } from "./qca/qcaData.ts";
export { truthTable, type TruthTable, type TruthTableOptions, type TruthTableRow } from "./qca/truthTable.ts";
export {
  minimize,
  type MinimizeOptions,
  type PrimeImplicant,
  type Solution,
  type SolutionKind,
  type SolutionTerm,
} from "./qca/minimize.ts";
export { necessity, sufficiency } from "./qca/fit.ts";
export { calibrateCrisp, calibrateDirect, type CalibrationAnchors } from "./qca/calibrate.ts";
export { readQcaTable, type QcaTableOptions } from "./qca/readQcaTable.ts";
export { scoreMembership } from "./frameworks/scales.ts";
export { qcaDataFromScores, registrySets } from "./analysis/qcaFromScores.ts";

// Robustness of the success index's ranking
export {
  rankIntervals,
  successIndexCases,
  type RankInterval,
  type SensitivityCase,
  type SensitivityOptions,
  type SensitivityResult,
} from "./analysis/sensitivity.ts";

// Cross-case statistics: which measures go together, whether groups differ, rates with their uncertainty
export { crossCaseStatistics, GROUPING_COLUMNS, type CrossCaseOptions } from "./analysis/crossCaseStatistics.ts";
export {
  measureTable,
  PARTNERSHIP_MEASURES,
  type MeasureTable,
  type PartnershipMeasure,
} from "./analysis/partnershipMeasures.ts";
export {
  measureCorrelations,
  type CorrelationOptions,
  type MeasureCorrelation,
} from "./analysis/measureCorrelations.ts";
export {
  compareGroups,
  type GroupComparison,
  type GroupSummary,
  type GroupTest,
  type MeasureGroups,
} from "./analysis/groupComparison.ts";
export {
  implementationRates,
  type ImplementationRate,
  type ImplementationRateInput,
} from "./analysis/implementationRates.ts";
export {
  rankCorrelationTest,
  rankCorrelationTests,
  type RankCorrelationTest,
} from "./statistics/rankCorrelationTest.ts";
export { rankSumTest, type RankSumTest } from "./statistics/rankSumTest.ts";
export { wilsonInterval, type WilsonInterval } from "./statistics/wilsonInterval.ts";
export { normalQuantile } from "./statistics/normalQuantile.ts";
export { holmAdjust } from "./statistics/holmAdjust.ts";
export { quartiles, type Quartiles } from "./statistics/quartiles.ts";
export { midranks } from "./statistics/midranks.ts";
export { permutationOrders, type PermutationOrders } from "./statistics/permutationOrders.ts";

// Charts: functions of data and options that return an element
export { PARTNERSHIP_COLORS, SCORE_COLORS, SCORE_WORDS, scoreLabel } from "./charts/scoreColors.ts";
export { chartFontSize } from "./charts/chartFontSize.ts";
export { chartExport, type ChartExportOptions, type LegendEntry } from "./charts/chartExport.ts";
export { indicatorMatrix, type MatrixCell } from "./charts/indicatorMatrix.ts";
export { matrixChart, type MatrixChartOptions } from "./charts/matrixChart.ts";
export { indexBars, type IndexBar, type IndexBarsOptions } from "./charts/indexBars.ts";
export {
  elementDots,
  elementsDotPlot,
  type ElementDot,
  type ElementsDotPlotOptions,
} from "./charts/elementsDotPlot.ts";
export {
  timelineChart,
  timelineData,
  timelineEnd,
  timelineTable,
  type TimelineChartOptions,
  type TimelineEvent,
  type TimelineRow,
} from "./charts/timeline.ts";
export { mappablePartnerships, partnershipMap, type PartnershipMapOptions } from "./charts/partnershipMap.ts";
export {
  networkMap,
  projectArcs,
  projectLinks,
  twinCityDegrees,
  type NetworkCity,
  type NetworkLink,
  type NetworkMapOptions,
} from "./charts/networkMap.ts";
export { partnerCountryBars, type PartnerCountryBarsOptions } from "./charts/partnerCountryBars.ts";
export { rankIntervalChart, type RankIntervalChartOptions, type RankIntervalRow } from "./charts/rankIntervalChart.ts";
export { xyPlot, type XyPlotOptions, type XyPoint } from "./charts/xyPlot.ts";
export {
  correlationHeatmap,
  heatmapCells,
  type CorrelationHeatmapOptions,
  type HeatmapCell,
  type HeatmapCorrelation,
} from "./charts/correlationHeatmap.ts";
export { groupDotPlot, groupRowLabel, type GroupDotPlotOptions, type GroupValues } from "./charts/groupDotPlot.ts";
