/** The overview's words, in both languages: its page and its charts (drawn once their code arrives) read them. */
export const OVERVIEW = {
  id: {
    heading: "Apa itu paradiplomasi?",
    lead: "Paradiplomasi adalah hubungan internasional yang dijalankan sendiri oleh pemerintah sub-nasional (kota, kabupaten, provinsi) untuk kepentingannya sendiri. Di Indonesia bentuk utamanya adalah kerja sama sister city dan sister province, diatur oleh Permendagri 25/2020: dari inisiasi dan LoI, rencana aksi dan persetujuan DPRD, hingga MoU yang diverifikasi pemerintah pusat.",
    frameworks: "Kerangka analisis",
    map: "Peta kerja sama",
    mapSummary: (drawn: number, total: number) =>
      `${drawn} dari ${total} kerja sama digambar sebagai garis dari pemerintah daerah ke mitranya, diwarnai menurut jenis.`,
    timeline: "Garis waktu kerja sama",
    timelineSummary: (count: number, first: number) =>
      `${count} kerja sama dengan tanggal, sejak ${first}. Titik: peristiwa terlaksana, direncanakan atau dibatalkan.`,
  },
  en: {
    heading: "What is paradiplomacy?",
    lead: "Paradiplomacy is the international relations that sub-national governments (cities, regencies, provinces) conduct themselves, for their own interests. In Indonesia its main form is the sister-city and sister-province partnership, governed by Permendagri 25/2020: from initiation and a letter of intent, through an action plan and the regional parliament's approval, to an MoU verified by the central government.",
    frameworks: "Frameworks",
    map: "Map of the partnerships",
    mapSummary: (drawn: number, total: number) =>
      `${drawn} of ${total} partnerships drawn as lines from the local government to its partner, coloured by kind.`,
    timeline: "Timeline of the partnerships",
    timelineSummary: (count: number, first: number) =>
      `${count} dated partnerships since ${first}. Dots: events realised, planned or cancelled.`,
  },
} as const;
