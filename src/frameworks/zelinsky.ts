import { checklistFramework, presenceItem } from "./checklist.ts";

/** Zelinsky's partner-selection criteria, as listed in 001 (1.5.2). */
export const zelinsky = checklistFramework({
  id: "zelinsky",
  name: { id: "Kriteria pemilihan mitra (Zelinsky)", en: "Partner-selection criteria (Zelinsky)" },
  description: {
    id: "Mitra kota kembar tidak dipilih secara acak, tetapi berdasarkan koneksi sejarah, kesamaan keadaan ekonomi, budaya, pandangan ideologi, dan jarak tempuh.",
    en: "Twin-city partners are not chosen at random but for historical ties, economic similarity, culture, ideology and distance.",
  },
  citation: {
    en: "Zelinsky, W. (1991). The twinning of the world: Sister cities in geographic and historical perspective. Annals of the Association of American Geographers, 81(1), 1–31; as summarised in source 001.",
    id: "Zelinsky, W. (1991). The twinning of the world: Sister cities in geographic and historical perspective. Annals of the Association of American Geographers, 81(1), 1–31; sebagaimana diringkas dalam sumber 001.",
  },
  sources: ["001_bc7dcdd32c2bdbec.txt", "002_67c8e3af816ed54d.txt"],
  notes: [
    {
      id: "001 hanya menyebut kelima kriteria dalam satu kalimat; definisi di sini tidak menambah rincian.",
      en: "001 names the five criteria in a single sentence; the definitions here add no detail.",
    },
  ],
  groups: [],
  indicators: [
    presenceItem(
      "historical_ties",
      { id: "koneksi sejarah", en: "historical ties" },
      {
        id: "Hubungan sejarah atau persahabatan lama antara kedua daerah.",
        en: "Historical links or a long friendship between the two places.",
      },
    ),
    presenceItem(
      "economic_similarity",
      { id: "kesamaan keadaan ekonomi", en: "economic similarity" },
      { id: "Kesamaan struktur atau potensi ekonomi.", en: "Similar economic structure or potential." },
    ),
    presenceItem(
      "culture",
      { id: "budaya", en: "culture" },
      { id: "Kesamaan budaya atau agama.", en: "Shared culture or religion." },
    ),
    presenceItem(
      "ideology",
      { id: "pandangan ideologi", en: "ideology" },
      { id: "Kesamaan pandangan ideologi atau politik.", en: "Shared ideological or political outlook." },
    ),
    presenceItem(
      "distance",
      { id: "jarak tempuh", en: "distance" },
      { id: "Kedekatan geografis.", en: "Geographical proximity." },
    ),
  ],
});
