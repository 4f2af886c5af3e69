import { vocabulary, type VocabularyCode } from "../language.ts";

/** Administrative level of an Indonesian local government. */
export const localGovernmentLevels = vocabulary({
  city: { id: "kota", en: "city" },
  regency: { id: "kabupaten", en: "regency" },
  province: { id: "provinsi", en: "province" },
});
export type LocalGovernmentLevel = VocabularyCode<typeof localGovernmentLevels>;

/** Administrative level of a foreign partner. */
export const partnerLevels = vocabulary({
  city: { id: "kota", en: "city" },
  regency: { id: "kabupaten", en: "regency" },
  province: { id: "provinsi", en: "province" },
  state: { id: "negara bagian", en: "state" },
  region: { id: "region", en: "region" },
  prefecture: { id: "prefektur", en: "prefecture" },
  municipality: { id: "munisipalitas", en: "municipality" },
});
export type PartnerLevel = VocabularyCode<typeof partnerLevels>;

/** What kind of partnership it is (the `kind` column of partnerships.csv). */
export const partnershipKinds = vocabulary({
  "sister-city": { id: "kota kembar", en: "sister city" },
  "sister-province": { id: "provinsi kembar", en: "sister province" },
  "friendship-city": { id: "kota persahabatan", en: "friendship city" },
});
export type PartnershipKind = VocabularyCode<typeof partnershipKinds>;

/** A partnership's status as the sources state it. */
export const partnershipStatuses = vocabulary({
  exploration: { id: "eksplorasi", en: "exploration" },
  loi: { id: "LoI", en: "LoI" },
  mou: { id: "MoU", en: "MoU" },
  active: { id: "aktif", en: "active" },
  dormant: { id: "tidak aktif", en: "dormant" },
  ended: { id: "berakhir", en: "ended" },
});
export type PartnershipStatus = VocabularyCode<typeof partnershipStatuses>;

/** What a dated event of a partnership is: a step of the procedure, an activity, or a change of course. */
export const eventStages = vocabulary({
  initiation: { id: "inisiasi", en: "initiation" },
  exploration: { id: "eksplorasi", en: "exploration" },
  "loi-signed": { id: "LoI ditandatangani", en: "LoI signed" },
  "action-plan": { id: "rencana aksi", en: "action plan" },
  "dprd-approval": { id: "persetujuan DPRD", en: "DPRD approval" },
  "mou-drafted": { id: "MoU disusun", en: "MoU drafted" },
  "central-verification": { id: "verifikasi pusat", en: "central verification" },
  "mou-signed": { id: "MoU ditandatangani", en: "MoU signed" },
  activity: { id: "kegiatan", en: "activity" },
  extension: { id: "perpanjangan", en: "extension" },
  stalled: { id: "macet", en: "stalled" },
  ended: { id: "berakhir", en: "ended" },
});
export type EventStage = VocabularyCode<typeof eventStages>;

/** Whether an event happened, was planned, or was cancelled (the `status` column of events.csv). */
export const eventStatuses = vocabulary({
  realised: { id: "terlaksana", en: "realised" },
  planned: { id: "direncanakan", en: "planned" },
  cancelled: { id: "dibatalkan", en: "cancelled" },
});
export type EventStatus = VocabularyCode<typeof eventStatuses>;

/**
 * The names of the fields of cooperation the shipped data use. The `field`
 * column stays open (any slug): a field not listed here is shown as written.
 */
export const eventFields = vocabulary({
  agriculture: { id: "pertanian", en: "agriculture" },
  "creative-economy": { id: "ekonomi kreatif", en: "creative economy" },
  culture: { id: "budaya", en: "culture" },
  "e-governance": { id: "tata kelola elektronik", en: "e-governance" },
  education: { id: "pendidikan", en: "education" },
  environment: { id: "lingkungan hidup", en: "environment" },
  fisheries: { id: "perikanan", en: "fisheries" },
  governance: { id: "tata kelola", en: "governance" },
  health: { id: "kesehatan", en: "health" },
  smes: { id: "UMKM", en: "SMEs" },
  technology: { id: "teknologi", en: "technology" },
  tourism: { id: "pariwisata", en: "tourism" },
  "trade-investment": { id: "perdagangan dan investasi", en: "trade and investment" },
});

/** What kind of document a source is (the `type` column of sources.csv). */
export const sourceTypes = vocabulary({
  "journal-article": { id: "artikel jurnal", en: "journal article" },
  thesis: { id: "skripsi/tesis", en: "thesis" },
  "thesis-proposal": { id: "proposal tugas akhir", en: "thesis proposal" },
  abstract: { id: "abstrak", en: "abstract" },
  "web-page": { id: "halaman web", en: "web page" },
  regulation: { id: "peraturan", en: "regulation" },
  dataset: { id: "dataset", en: "dataset" },
  book: { id: "buku", en: "book" },
  other: { id: "lainnya", en: "other" },
});
export type SourceType = VocabularyCode<typeof sourceTypes>;

/**
 * What kind of statement a piece of evidence is: a `finding` the source
 * reports; an `argument` or hypothesis the source puts forward to test (a
 * thesis chapter's research argument, a proposal's provisional conclusion);
 * a `secondary` report the source cites from another study or a news
 * headline; or the coder's own `inference`.
 */
export const evidenceKinds = vocabulary({
  finding: { id: "temuan", en: "finding" },
  argument: { id: "argumen", en: "argument" },
  secondary: { id: "sekunder", en: "secondary" },
  inference: { id: "inferensi pengode", en: "coder's inference" },
});
export type EvidenceKind = VocabularyCode<typeof evidenceKinds>;
