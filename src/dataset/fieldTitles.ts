import type { Language } from "../language.ts";
import { RESOURCES, type ResourceName } from "./schemas.ts";

/** The Indonesian titles of the codings' columns. */
const CODING_TITLES: Readonly<Record<string, string>> = {
  partnership: "Kode kerja sama",
  framework: "Kode kerangka",
  indicator: "Kode indikator",
  score: "Skor",
  coder: "Pengode",
  evidence: "Bukti (kutipan sumber)",
  evidence_kind: "Jenis bukti",
  source: "Sumber",
  locator: "Lokasi dalam sumber",
  note: "Catatan (bahasa Inggris)",
  note_indonesian: "Catatan (bahasa Indonesia)",
};

/**
 * The Indonesian title of every column of the format, by resource (the
 * English titles are the Table Schemas' own `title`). A test checks that no
 * column is left without one.
 */
export const FIELD_TITLES_ID: Readonly<Record<ResourceName, Readonly<Record<string, string>>>> = {
  partnerships: {
    id: "Kode kerja sama",
    local_government: "Pemerintah daerah",
    local_government_level: "Tingkat",
    country_code: "Negara (ISO 3166-1 alpha-2)",
    country_name: "Nama negara",
    partner: "Mitra",
    partner_level: "Tingkat mitra",
    partner_country_code: "Negara mitra (ISO 3166-1 alpha-2)",
    partner_country_name: "Nama negara mitra",
    kind: "Jenis kerja sama",
    local_latitude: "Lintang pemerintah daerah (WGS84)",
    local_longitude: "Bujur pemerintah daerah (WGS84)",
    partner_latitude: "Lintang mitra (WGS84)",
    partner_longitude: "Bujur mitra (WGS84)",
    coordinates_source: "Asal koordinat",
    first_contact_year: "Tahun kontak pertama",
    status: "Status saat ini",
    status_evidence: "Bukti status (kutipan sumber)",
    status_locator: "Lokasi bukti status dalam sumber",
    source: "Sumber",
    locator: "Lokasi dalam sumber",
    notes: "Catatan (bahasa Inggris)",
    notes_indonesian: "Catatan (bahasa Indonesia)",
  },
  events: {
    id: "Kode peristiwa",
    partnership: "Kode kerja sama",
    date: "Tanggal",
    stage: "Tahap",
    field: "Bidang kerja sama",
    description: "Uraian (bahasa Inggris)",
    status: "Status",
    source: "Sumber",
    locator: "Lokasi dalam sumber",
    duration_years: "Lama (tahun)",
    evidence_kind: "Jenis bukti",
    date_evidence_kind: "Jenis bukti tanggal",
    note: "Catatan (bahasa Inggris)",
    description_indonesian: "Uraian (bahasa Indonesia)",
    note_indonesian: "Catatan (bahasa Indonesia)",
  },
  codings: CODING_TITLES,
  // A portfolio coding is a coding of a local government's whole portfolio: the same columns but the first.
  portfolio_codings: {
    local_government: "Pemerintah daerah",
    ...Object.fromEntries(Object.entries(CODING_TITLES).filter(([name]) => name !== "partnership")),
  },
  sources: {
    id: "Kode sumber",
    type: "Jenis",
    authors: "Penulis",
    year: "Tahun",
    as_of: "Menggambarkan keadaan per",
    title: "Judul",
    container: "Jurnal, lembaga atau situs",
    url: "URL",
    citation: "Sitasi lengkap (APA)",
    language: "Bahasa (BCP 47)",
    note: "Catatan",
  },
};

/**
 * A column's title in a language: the Table Schema's own (English) title,
 * or its Indonesian title.
 * @example fieldTitle("events", "description", "id") // "Uraian (bahasa Inggris)"
 */
export function fieldTitle(resource: ResourceName, name: string, language: Language): string {
  const field = RESOURCES[resource].schema.fields.find((candidate) => candidate.name === name);
  return (language === "id" ? FIELD_TITLES_ID[resource][name] : undefined) ?? field?.title ?? name;
}
