import { errorFunction, probit } from "simple-statistics";

/**
 * The quantile function of the standard normal distribution: the z below
 * which a share `p` of the distribution lies (z = 1.96 for p = 0.975).
 * simple-statistics' `probit` approximates it through Winitzki's inverse
 * error function, which is 0.0028 short at p = 0.975 (1.9572 against
 * 1.95996): enough to move a Wilson interval's bound in the fourth decimal
 * (0 of 20: 0.1607 against Newcombe's 0.1611), and worse in the tails.
 * Three Newton steps on its `errorFunction`, z − (Φ(z) − p)/φ(z), bring it
 * within 1e-7 of the exact value (R's `qnorm`, scipy's `norm.ppf`) for p in
 * [0.0001, 0.9999]; further steps gain nothing, `errorFunction` being
 * accurate to about that. O(1).
 *
 * @example normalQuantile(0.975) // 1.9599639471668924
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new Error(`normalQuantile: p must be strictly between 0 and 1, found ${p}`);
  let z = probit(p);
  for (let step = 0; step < 3; step++) {
    const cumulative = 0.5 * (1 + errorFunction(z / Math.SQRT2));
    const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    z -= (cumulative - p) / density;
  }
  return z;
}
