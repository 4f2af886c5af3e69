/** The covers of a prime implicant chart, and whether the search for them ran to its end. */
export interface ChartSolution {
  /** Each cover: implicant indexes, ascending. */
  covers: number[][];
  /** False when the search for the smallest size stopped at its node budget: the covers are the smallest found, not proven minimal. */
  complete: boolean;
  /** How many minimal covers there are in all, of which `covers` holds the first `limit`. */
  total: number;
  /** False when counting them stopped at the node budget: `total` is then a lower bound. */
  totalExact: boolean;
}

/**
 * Every minimal cover of a prime implicant chart: the smallest sets of
 * implicants that together cover every row, all of them when there are
 * several (model ambiguity), up to `limit`, and how many there are in
 * all (counted to the end, within the node budget). `chart[i]` lists the
 * rows (0 … rows − 1) implicant i covers.
 *
 * Essential implicants (the only one covering some row) are in every
 * cover. The smallest size of the rest is found by branch and bound on the
 * chart reduced by column dominance (an implicant whose rows another one
 * also covers can be swapped for it, so the size does not change): it
 * branches on the open row with the fewest implicants, and prunes with a
 * lower bound, open rows no two of which share an implicant (each needs its
 * own). Then every cover of that size is listed from the whole chart, so
 * that the alternatives dominance set aside are not lost.
 *
 * @example minimalCovers([[0], [0, 1], [1]], 2).covers // [[1]]
 */
export function minimalCovers(
  chart: readonly number[][],
  rows: number,
  limit = 100,
  nodeBudget = 1_000_000,
): ChartSolution {
  const coveredBy: number[][] = Array.from({ length: rows }, () => []);
  chart.forEach((covered, implicant) => {
    for (const row of covered) coveredBy[row]!.push(implicant);
  });
  if (coveredBy.some((implicants) => implicants.length === 0))
    return { covers: [], complete: true, total: 0, totalExact: true };
  const essential = [...new Set(coveredBy.filter((list) => list.length === 1).map((list) => list[0]!))].sort(
    (a, b) => a - b,
  );
  const covered = new Uint8Array(rows);
  for (const implicant of essential) for (const row of chart[implicant]!) covered[row] = 1;
  const open = Array.from({ length: rows }, (_, row) => row).filter((row) => covered[row] === 0);
  if (open.length === 0) return { covers: [essential], complete: true, total: 1, totalExact: true };

  // The open part of the chart: its rows renumbered 0 … R − 1, and the implicants that cover any of them.
  const position = new Map(open.map((row, index) => [row, index]));
  const candidates = chart
    .map((rowsOf, implicant) => ({
      implicant,
      rows: rowsOf.filter((row) => position.has(row)).map((row) => position.get(row)!),
    }))
    .filter((candidate) => candidate.rows.length > 0);

  let nodes = 0;
  let complete = true;
  /** Depth-first search for covers of `size` implicants of `pool`; `onCover` returns true to stop. */
  const search = (pool: typeof candidates, size: number, onCover: (chosen: number[]) => boolean) => {
    const R = open.length;
    const by: number[][] = Array.from({ length: R }, () => []);
    pool.forEach((candidate, index) => {
      for (const row of candidate.rows) by[row]!.push(index);
    });
    const hits = new Uint16Array(R);
    let left = R;
    const chosen: number[] = [];
    const blocked = new Uint8Array(pool.length);
    const lowerBound = () => {
      // Open rows taken fewest-implicants first; one whose implicants are all unblocked needs one of its own.
      blocked.fill(0);
      let bound = 0;
      for (let row = 0; row < R; row++) {
        if (hits[row] !== 0) continue;
        if (by[row]!.some((candidate) => blocked[candidate] === 1)) continue;
        bound++;
        for (const candidate of by[row]!) blocked[candidate] = 1;
      }
      return bound;
    };
    const step = (): boolean => {
      if (++nodes > nodeBudget) {
        complete = false;
        return true;
      }
      if (left === 0) return onCover(chosen.map((index) => pool[index]!.implicant));
      if (chosen.length + lowerBound() > size) return false;
      let branch = -1;
      for (let row = 0; row < R; row++)
        if (hits[row] === 0 && (branch === -1 || by[row]!.length < by[branch]!.length)) branch = row;
      for (const candidate of by[branch]!) {
        chosen.push(candidate);
        for (const row of pool[candidate]!.rows) {
          if (hits[row] === 0) left--;
          hits[row] = hits[row]! + 1;
        }
        const stop = step();
        for (const row of pool[candidate]!.rows) {
          hits[row] = hits[row]! - 1;
          if (hits[row] === 0) left++;
        }
        chosen.pop();
        if (stop) return true;
      }
      return false;
    };
    step();
  };

  // The size, on the chart reduced by column dominance.
  const rowSets = candidates.map((candidate) => new Set(candidate.rows));
  const dominant = candidates.filter(
    (candidate, index) =>
      !candidates.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          other.rows.length >= candidate.rows.length &&
          (other.rows.length > candidate.rows.length || otherIndex < index) &&
          candidate.rows.every((row) => rowSets[otherIndex]!.has(row)),
      ),
  );
  let size = 0;
  for (let tried = 1; tried <= dominant.length && size === 0 && complete; tried++)
    search(dominant, tried, () => ((size = tried), true));
  if (size === 0) return { covers: [], complete: false, total: 0, totalExact: false };
  const sizeProven = complete;
  // Every cover of that size, from the whole open chart: the first `limit` kept, all of them counted.
  nodes = 0;
  const found = new Map<string, number[]>();
  const seen = new Set<string>();
  search(candidates, size, (chosen) => {
    const cover = [...essential, ...chosen].sort((a, b) => a - b);
    const key = cover.join();
    if (!seen.has(key)) {
      seen.add(key);
      if (found.size < limit) found.set(key, cover);
    }
    return false;
  });
  // Every cover found has the proven smallest size: a budget spent while listing them leaves only the count short.
  return { covers: [...found.values()], complete: sizeProven, total: seen.size, totalExact: complete };
}
