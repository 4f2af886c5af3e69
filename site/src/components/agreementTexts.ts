/** The agreement page's words, in both languages. */
export const AGREEMENT_TEXTS = {
  id: {
    title: "Kesepakatan antarpengode",
    intro:
      "Pilih draf atau berkas dua pengode atau lebih (ZIP dataset atau codings.csv). Alfa Krippendorff dengan selang bootstrap 95% (Hayes & Krippendorff 2007), per kerangka dan indikator; lalu setiap ketidaksepakatan dengan bukti kedua pengode.",
    drafts: "Draf di peramban ini",
    files: "Berkas pengode",
    compute: "Hitung kesepakatan",
    needTwo: "Kesepakatan butuh sedikitnya dua pengode.",
    columns: [
      "Cakupan",
      "Kerangka",
      "Indikator",
      "Tingkat",
      "Unit",
      "Alfa",
      "Selang 95%",
      "Persen sepakat",
      "Kappa",
      "Bacaan",
    ],
    reading: {
      reliable: "andal",
      tentative: "simpulan sementara saja",
      unreliable: "tidak andal",
      "no units": "NA: tak ada unit berskor dua",
      "no variation": "NA: semua skor sama",
      "one unit": "satu unit: jangan dibaca",
      "too few values": (pairable: string) => `terlalu sedikit: ${pairable} nilai`,
    },
    readingKey: "Cara membaca angka-angka ini",
    thresholds: (high: string, low: string) =>
      `Krippendorff (2004, hlm. 241): alfa ≥ ${high} andal; ${low} sampai ${high} hanya untuk simpulan sementara; di bawah ${low} tidak andal. Unit: indikator suatu kemitraan yang dinilai dua pengode atau lebih; nilai berpasangan: skor dalam unit itu. Kappa: kappa Cohen untuk dua pengode, Fleiss untuk lebih.`,
    caveats: {
      "no units":
        "Tidak ada unit yang dinilai dua pengode: tidak ada yang dapat dibandingkan, sehingga alfa, selang dan kappa NA.",
      "no variation":
        "Alfa Krippendorff tidak terdefinisi bila semua nilai berpasangan sama: tanpa variasi tidak ada ketidaksepakatan harapan untuk pembanding (alfa = 1 − Do/De, dan De = 0). Persen sepakat 100% itu benar, tetapi belum membuktikan keandalan: butuh unit dengan skor yang berbeda-beda.",
      "one unit":
        "Satu unit: bootstrap hanya dapat mengambil ulang unit yang sama, sehingga selangnya menyusut ke satu titik; alfa 0 atau kappa −1 dari satu unit tidak berarti apa-apa.",
      "too few values": (minimum: number) =>
        `Kurang dari ${minimum} nilai berpasangan: alfa, selangnya dan kappa dari sesedikit itu belum dapat dibaca. Kodekan lebih banyak unit bersama.`,
    },
    scope: { indicator: "indikator", framework: "kerangka", overall: "keseluruhan" },
    disagreements: (count: number) => `${count} ketidaksepakatan untuk diselesaikan`,
    none: "Tidak ada ketidaksepakatan.",
    resolution: "Keputusan",
    unresolved: "belum diputuskan",
    take: (coder: string, score: string) => `ambil ${coder}: ${score}`,
    noteLabel: "Catatan keputusan",
    export: "Unduh koding hasil keputusan (codings.csv)",
    exported: (kept: number, open: number) =>
      `${kept} koding diekspor; ${open} ketidaksepakatan belum diputuskan dan ditinggalkan.`,
    skipped: (count: number) => `${count} koding ganda (pengode yang sama, indikator yang sama) diabaikan.`,
    score: "Skor",
    kind: "Jenis bukti",
    evidence: "Bukti",
    source: "Sumber",
  },
  en: {
    title: "Inter-coder agreement",
    intro:
      "Pick the drafts or files of two or more coders (dataset ZIPs or codings.csv). Krippendorff's alpha with its 95% bootstrap interval (Hayes & Krippendorff 2007), per framework and indicator; then every disagreement with both coders' evidence.",
    drafts: "Drafts in this browser",
    files: "Coders' files",
    compute: "Compute agreement",
    needTwo: "Agreement needs at least two coders.",
    columns: [
      "Scope",
      "Framework",
      "Indicator",
      "Level",
      "Units",
      "Alpha",
      "95% interval",
      "Percent agreement",
      "Kappa",
      "Reading",
    ],
    reading: {
      reliable: "reliable",
      tentative: "tentative conclusions only",
      unreliable: "unreliable",
      "no units": "NA: no unit scored twice",
      "no variation": "NA: every score the same",
      "one unit": "one unit: not to be read",
      "too few values": (pairable: string) => `too few: ${pairable} values`,
    },
    readingKey: "How to read these figures",
    thresholds: (high: string, low: string) =>
      `Krippendorff (2004, p. 241): alpha ≥ ${high} reliable; ${low} to ${high} tentative conclusions only; below ${low} unreliable. Units: indicators of a partnership scored by two coders or more; pairable values: the scores in them. Kappa: Cohen's for two coders, Fleiss' for more.`,
    caveats: {
      "no units":
        "No unit was scored by two coders: there is nothing to compare, so alpha, its interval and kappa are NA.",
      "no variation":
        "Krippendorff's alpha is undefined when every pairable value is the same: with no variation there is no expected disagreement to compare with (alpha = 1 − Do/De, and De = 0). The 100% agreement is true but proves no reliability: that needs units whose scores differ.",
      "one unit":
        "One unit: the bootstrap can only draw that same unit again, so its interval shrinks to a point; an alpha of 0 or a kappa of −1 from one unit means nothing.",
      "too few values": (minimum: number) =>
        `Fewer than ${minimum} pairable values: alpha, its interval and kappa from so few are not to be read. Code more units together.`,
    },
    scope: { indicator: "indicator", framework: "framework", overall: "overall" },
    disagreements: (count: number) => `${count} disagreement${count === 1 ? "" : "s"} to resolve`,
    none: "No disagreements.",
    resolution: "Resolution",
    unresolved: "not resolved",
    take: (coder: string, score: string) => `take ${coder}: ${score}`,
    noteLabel: "Note on the resolution",
    export: "Download the resolved coding (codings.csv)",
    exported: (kept: number, open: number) => `${kept} codings exported; ${open} unresolved disagreements left out.`,
    skipped: (count: number) => `${count} repeated codings (the same coder, the same indicator) ignored.`,
    score: "Score",
    kind: "Kind of evidence",
    evidence: "Evidence",
    source: "Source",
  },
} as const;

export type AgreementTexts = (typeof AGREEMENT_TEXTS)[keyof typeof AGREEMENT_TEXTS];
