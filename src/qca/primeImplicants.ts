/** A term of the minimisation: `value` on the bits it keeps, `dontCare` the bits it has eliminated (value 0 there). */
export interface Implicant {
  dontCare: number;
  value: number;
}

/** A set of terms keyed by (dontCare, value): a flat byte array up to 12 conditions (16 MB), a hash set above. */
function termSet(k: number): { has: (key: number) => boolean; add: (key: number) => void } {
  if (k <= 12) {
    const flags = new Uint8Array(1 << (2 * k));
    return { has: (key) => flags[key] === 1, add: (key) => void (flags[key] = 1) };
  }
  const set = new Set<number>();
  return { has: (key) => set.has(key), add: (key) => void set.add(key) };
}

/**
 * The prime implicants of a Boolean function of `k` variables given by its
 * minterms (true rows, don't-cares included), by Quine–McCluskey (Quine
 * 1952; McCluskey 1956): terms that differ in one kept bit merge into one
 * with that bit eliminated, level by level; a term that merges with none is
 * prime. Rows are numbered with the first condition as the most significant bit.
 *
 * @example primeImplicants([0b101, 0b111], 3) // [{dontCare: 0b010, value: 0b101}]
 */
export function primeImplicants(minterms: Iterable<number>, k: number): Implicant[] {
  const size = 2 ** k;
  const present = termSet(k);
  const combined = termSet(k);
  let level: number[] = [];
  for (const minterm of minterms) {
    if (present.has(minterm)) continue;
    present.add(minterm);
    level.push(minterm);
  }
  const primes: Implicant[] = [];
  while (level.length > 0) {
    const next: number[] = [];
    for (const key of level) {
      const dontCare = Math.floor(key / size);
      const value = key - dontCare * size;
      for (let bit = 1; bit < size; bit *= 2) {
        // Merge only from the partner with the bit at 0, so that each pair is looked at once.
        if ((dontCare & bit) !== 0 || (value & bit) !== 0) continue;
        const partner = key + bit;
        if (!present.has(partner)) continue;
        combined.add(key);
        combined.add(partner);
        const merged = (dontCare | bit) * size + value;
        if (!present.has(merged)) {
          present.add(merged);
          next.push(merged);
        }
      }
    }
    for (const key of level)
      if (!combined.has(key)) {
        const dontCare = Math.floor(key / size);
        primes.push({ dontCare, value: key - dontCare * size });
      }
    level = next;
  }
  return primes;
}

/** Whether an implicant covers a row. */
export const covers = (implicant: Implicant, row: number) => (row & ~implicant.dontCare) === implicant.value;
