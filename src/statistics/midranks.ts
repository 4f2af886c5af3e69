/**
 * The rank of each value among all of them, 1 for the smallest, tied values
 * sharing the mean of the ranks they span (midranks), in the order of the
 * input. Spearman's ρ and the Wilcoxon rank-sum statistic are defined on
 * these ranks (Kendall & Gibbons 1990, Rank Correlation Methods, 5th ed.,
 * §3.1). simple-statistics ranks this way inside `sampleRankCorrelation` and
 * `wilcoxonRankSum` but exports no ranking; the permutation tests need the
 * ranks once, to permute them many times. O(n log n).
 *
 * @example midranks([10, 30, 20, 20]) // [1, 4, 2.5, 2.5]
 */
export function midranks(values: ArrayLike<number>): number[] {
  const order = Array.from({ length: values.length }, (_, index) => index).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end++;
    const rank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position++) ranks[order[position]!] = rank;
    start = end + 1;
  }
  return ranks;
}
