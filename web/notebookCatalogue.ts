import type { Bilingual } from "../src/language.ts";

/** A notebook of `notebooks/`: its file (without `.html`), title, and what it does, in both languages. */
export interface NotebookEntry {
  readonly file: string;
  readonly title: Bilingual;
  readonly summary: Bilingual;
}

/** The notebooks, in the order the site lists them; a test checks it against the files. */
export const NOTEBOOKS: readonly NotebookEntry[] = [
  {
    file: "denpasar-three-layers",
    title: { id: "Tiga lapisan paradiplomasi Denpasar", en: "Denpasar's three layers of paradiplomacy" },
    summary: {
      id: "Argumen Alfiansyah dkk. (t.t.) langkah demi langkah dari bukti yang dikode: setiap lapisan per kemitraan dan untuk seluruh portofolio, ketiadaan lapisan politik, dan tantangannya.",
      en: "Alfiansyah et al. (n.d.) step by step from the coded evidence: each layer per partnership and over the portfolio, the absent political layer, and the challenges.",
    },
  },
  {
    file: "bandung-liuzhou-five-elements",
    title: { id: "Lima elemen keberhasilan Bandung–Liuzhou", en: "Bandung–Liuzhou's five success elements" },
    summary: {
      id: "Lima elemen keberhasilan Ringrose dengan bukti dan jenisnya (argumen tugas akhir, bukan temuan), linimasa tahap dengan masa vakum, dan perbandingan dengan mitra Bandung lainnya.",
      en: "Ringrose's five success elements with their evidence and its kind (the thesis's argument, not a finding), the stage timeline with the vacuum, and Bandung's other partners.",
    },
  },
  {
    file: "bogor-nanning-procedure",
    title: { id: "Prosedur kerja sama Kabupaten Bogor–Nanning", en: "Kabupaten Bogor–Nanning's procedure" },
    summary: {
      id: "Tahap-tahap yang dicatat Fazra (t.t.) dibandingkan dengan sembilan tahap Permendagri 25/2020, dan apa yang tidak diberi tanggal oleh sumber.",
      en: "The stages Fazra (n.d.) records against the nine of Permendagri 25/2020, and what the source leaves undated.",
    },
  },
  {
    file: "mossel-bay-motives",
    title: {
      id: "Motif Denpasar–Mossel Bay, di samping tiga lapisannya",
      en: "Denpasar–Mossel Bay's motives, beside its three layers",
    },
    summary: {
      id: "Lima motif dari sebuah abstrak di samping tiga lapisan kemitraan yang sama, dan apa yang tidak dapat disimpulkan dari sebuah abstrak.",
      en: "The five motives of an abstract beside the same partnership's three layers, and what an abstract cannot support.",
    },
  },
  {
    file: "west-java-souss-massa-implementation",
    title: { id: "Implementasi Jawa Barat–Souss-Massa", en: "West Java–Souss-Massa's implementation" },
    summary: {
      id: "Sebelas rencana aksi, tiga terlaksana, per bidang; hambatan setiap rencana yang tertunda; dan selisih 8 lawan 7 di dalam sumber.",
      en: "Eleven action plans, three realised, by field; the obstacle of each pending plan; and the source's 8-versus-7 discrepancy.",
    },
  },
  {
    file: "across-the-cases",
    title: {
      id: "Lintas kasus: QCA dan kepekaan skor syarat",
      en: "Across the cases: QCA and the conditions score's sensitivity",
    },
    summary: {
      id: "QCA atas kemitraan yang dikode dan interval peringkat skor syarat Ringrose, dengan pembahasan jujur tentang apa yang dapat dan tidak dapat ditunjukkan oleh segelintir kasus.",
      en: "A QCA of the coded partnerships and the rank intervals of Ringrose's conditions score, with an honest discussion of what a handful of cases can and cannot show.",
    },
  },
  {
    file: "tutorial-coding-a-partnership",
    title: { id: "Tutorial: mengode kerja sama baru", en: "Tutorial: coding a new partnership" },
    summary: {
      id: "Dari teks sumber ke kode, validasi, skor, pengode kedua dan kesepakatan antarpengode, dengan dataset contoh kecil.",
      en: "From a source text to codings, validation, scores, a second coder and agreement, with a small worked dataset.",
    },
  },
];
