import { checklistFramework, presenceItem } from "./checklist.ts";

/** The five challenges of Denpasar's sister-city practice named in 000, plus COVID-19 disruption. */
export const challenges = checklistFramework({
  id: "challenges",
  name: { id: "Tantangan pelaksanaan", en: "Implementation challenges" },
  description: {
    id: "Lima tantangan kerja sama sister city Denpasar (kendala hukum, kelangsungan kerja sama, keterbatasan SDM, realokasi pendanaan, keterbatasan partisipasi warga) ditambah gangguan pandemi COVID-19.",
    en: "The five challenges of Denpasar's sister-city cooperation (legal barriers, continuity, limited human resources, funding reallocation, limited citizen participation) plus COVID-19 disruption.",
  },
  citation: {
    en: "Alfiansyah, V., Purnomo, E. P., & Kurniawati, D. E. (n.d.). Kebijakan Pemerintah Kota Denpasar dalam menerapkan praktik paradiplomasi melalui kerja sama sister city. Section 4.3.",
    id: "Alfiansyah, V., Purnomo, E. P., & Kurniawati, D. E. (n.d.). Kebijakan Pemerintah Kota Denpasar dalam menerapkan praktik paradiplomasi melalui kerja sama sister city. Bagian 4.3.",
  },
  sources: ["000_3d052c1bdfd84016.txt"],
  notes: [
    {
      id: "000 merumuskan tantangan untuk Denpasar secara keseluruhan. Tantangan dikode per kerja sama hanya bila sumber menyebut kerja sama itu (Gyeongju untuk kendala hukum, Bolgar untuk kelangsungan, Mossel Bay untuk partisipasi warga); yang dinyatakan untuk seluruh kerja sama Denpasar (keterbatasan SDM, realokasi pendanaan) dikode sekali untuk portofolionya.",
      en: "000 states the challenges for Denpasar as a whole. A challenge is coded for a partnership only where the source names it (Gyeongju for legal barriers, Bolgar for continuity, Mossel Bay for citizen participation); those stated for all of Denpasar's partnerships (human resources, funding reallocation) are coded once, for its portfolio.",
    },
  ],
  groups: [],
  indicators: [
    presenceItem(
      "legal_barriers",
      { id: "kendala hukum", en: "legal barriers" },
      {
        id: "Perbedaan regulasi atau tafsirnya antara kedua pihak, mis. LoI dianggap cukup oleh mitra tetapi Denpasar membaca aturan Indonesia sebagai mewajibkan MoU (000, 4.3: perjanjian dapat berbentuk MoU atau bentuk lain; kesulitannya pada Pasal 1 ayat 15 dan Pasal 9 huruf c PM 25/2020).",
        en: "Regulatory differences between the parties, or in how they read the rules, e.g. the partner deems an LoI enough while Denpasar reads Indonesian rules as requiring an MoU (000, 4.3: an agreement may be an MoU or another form; the difficulty lies in articles 1(15) and 9(c) of PM 25/2020).",
      },
    ),
    presenceItem(
      "continuity",
      { id: "kelangsungan kerja sama", en: "continuity of cooperation" },
      {
        id: "Kerja sama terhenti karena komunikasi terputus atau tidak ada tanggapan.",
        en: "Cooperation stops because communication breaks off or the partner does not respond.",
      },
    ),
    presenceItem(
      "human_resources",
      { id: "keterbatasan SDM", en: "limited human resources" },
      {
        id: "Staf daerah kurang terampil (mis. bahasa) atau OPD teknis kurang memahami kerja sama sister city.",
        en: "Local staff lack skills (e.g. languages) or technical agencies (OPD) do not understand sister-city cooperation.",
      },
    ),
    presenceItem(
      "funding_reallocation",
      { id: "realokasi pendanaan", en: "funding reallocation" },
      {
        id: "Anggaran kerja sama dialihkan sehingga program dibatalkan atau dipindah ke format virtual.",
        en: "The cooperation budget is reallocated, so programmes are cancelled or moved online.",
      },
    ),
    presenceItem(
      "citizen_participation",
      { id: "keterbatasan partisipasi warga", en: "limited citizen participation" },
      {
        id: "Kegiatan tertutup bagi publik atau warga hanya menonton.",
        en: "Activities are closed to the public, or citizens only watch.",
      },
    ),
    presenceItem(
      "covid19",
      { id: "gangguan COVID-19", en: "COVID-19 disruption" },
      {
        id: "Pandemi COVID-19 membatalkan atau menunda rencana kerja sama.",
        en: "The COVID-19 pandemic cancelled or postponed planned cooperation.",
      },
    ),
  ],
});
