import { checklistFramework, presenceItem } from "./checklist.ts";

/** Duchacek's four types of paradiplomacy, as summarised in 001 (1.5.1): a classification, coded one type at a time. */
export const duchacek = checklistFramework({
  id: "duchacek",
  name: { id: "Tipe paradiplomasi (Duchacek)", en: "Type of paradiplomacy (Duchacek)" },
  description: {
    id: "Empat bentuk paradiplomasi menurut Duchacek: paradiplomasi lintas batas daerah, transregional, global, dan protodiplomasi.",
    en: "Duchacek's four forms of paradiplomacy: transborder regional, transregional, global paradiplomacy, and protodiplomacy.",
  },
  citation: {
    en: "Duchacek, I. D. (1984). The international dimension of subnational self-government. Publius, 14(4), 5–31; as summarised in source 001.",
    id: "Duchacek, I. D. (1984). The international dimension of subnational self-government. Publius, 14(4), 5–31; sebagaimana diringkas dalam sumber 001.",
  },
  sources: ["001_bc7dcdd32c2bdbec.txt"],
  notes: [
    {
      id: "001 hanya menyebut keempat tipe; definisi di sini ringkas dan tidak menambah kriteria yang tidak ada di sumber.",
      en: "001 only names the four types; the definitions here are brief and add no criteria the source does not give.",
    },
  ],
  groups: [],
  indicators: [
    presenceItem(
      "transborder_regional",
      { id: "paradiplomasi lintas batas daerah", en: "transborder regional paradiplomacy" },
      {
        id: "Hubungan dengan daerah tetangga di seberang perbatasan negara.",
        en: "Relations with neighbouring regions across a state border.",
      },
    ),
    presenceItem(
      "transregional",
      { id: "paradiplomasi transregional", en: "transregional paradiplomacy" },
      {
        id: "Hubungan dengan daerah di negara lain yang tidak berbatasan langsung.",
        en: "Relations with regions in other, non-neighbouring states.",
      },
    ),
    presenceItem(
      "global",
      { id: "paradiplomasi global", en: "global paradiplomacy" },
      {
        id: "Hubungan dengan aktor di seluruh dunia: pemerintah asing, organisasi internasional, pusat perdagangan.",
        en: "Relations with actors worldwide: foreign governments, international organisations, trade centres.",
      },
    ),
    presenceItem(
      "protodiplomacy",
      { id: "protodiplomasi", en: "protodiplomacy" },
      {
        id: "Kegiatan internasional yang menyampaikan pesan separatis.",
        en: "International activity that carries a separatist message.",
      },
    ),
  ],
});
