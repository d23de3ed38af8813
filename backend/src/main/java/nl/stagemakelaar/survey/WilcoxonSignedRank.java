package nl.stagemakelaar.survey;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * The Wilcoxon signed-rank test for paired scores (before, after), two-sided. Zero differences are dropped
 * (Wilcoxon's method); tied absolute differences get their mean rank. Up to {@link #EXACT_UP_TO} pairs the
 * p-value is exact: the null distribution of W+ is counted over every sign assignment of the observed ranks
 * (so ties are exact too, on doubled ranks). Above that, the normal approximation with the tie correction
 * and a continuity correction. The effect size is the matched-pairs rank-biserial correlation
 * (W+ − W−) / (W+ + W−): −1 all worse, 0 no change, +1 all better.
 */
public final class WilcoxonSignedRank {

    public static final int EXACT_UP_TO = 50;

    private WilcoxonSignedRank() {
    }

    /** n: pairs with a difference; wPlus: the sum of the ranks of the positive differences. */
    public record Result(int n, double wPlus, double pValue, double effectSize, boolean exact) {
    }

    public static Result test(double[] differences) {
        long[] one = new long[differences.length];
        Arrays.fill(one, 1);
        return test(differences, one);
    }

    /**
     * The same test over differences given as values and how many pairs have each (a value may come more than once):
     * a report counts its pairs per difference in SQL instead of reading every pair. Ranks are computed per group of
     * tied absolute differences.
     */
    public static Result test(double[] values, long[] counts) {
        TreeMap<Double, long[]> byAbsolute = new TreeMap<>(); // |d| -> {pairs with +|d|, pairs with -|d|}
        long n = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0 && counts[i] > 0) {
                byAbsolute.computeIfAbsent(Math.abs(values[i]), k -> new long[2])[values[i] > 0 ? 0 : 1] += counts[i];
                n += counts[i];
            }
        }
        if (n == 0) {
            return new Result(0, 0, 1.0, 0.0, true);
        }
        // Doubled mid-ranks are whole numbers: a group of t ties after `below` smaller ones shares 2·below + t + 1.
        // Sums in long: n(n + 1) passes int's range at 46,341 pairs, a cohort a national rollout reaches.
        long below = 0;
        long plus2 = 0;
        double tieTerm = 0;
        for (long[] group : byAbsolute.values()) {
            long t = group[0] + group[1];
            plus2 += group[0] * (2 * below + t + 1);
            tieTerm += (double) t * t * t - t;
            below += t;
        }
        long total2 = n * (n + 1);
        double wPlus = plus2 / 2.0;
        double wMinus = (total2 - plus2) / 2.0;
        double effect = (wPlus - wMinus) / (wPlus + wMinus);
        if (n <= EXACT_UP_TO) {
            int[] doubled = new int[(int) n];
            int i = 0;
            below = 0;
            for (long[] group : byAbsolute.values()) {
                long t = group[0] + group[1];
                Arrays.fill(doubled, i, i + (int) t, (int) (2 * below + t + 1));
                i += (int) t;
                below += t;
            }
            return new Result((int) n, wPlus, exactP(doubled, (int) plus2, (int) total2), effect, true);
        }
        double mean = n * (n + 1) / 4.0;
        double variance = n * (n + 1) * (2.0 * n + 1) / 24.0 - tieTerm / 48.0;
        double diff = wPlus - mean;
        double z = (Math.abs(diff) - 0.5) / Math.sqrt(variance);
        double p = Math.min(1.0, 2 * (1 - normalCdf(Math.max(0, z))));
        return new Result((int) n, wPlus, p, effect, false);
    }

    /** Counts, for every doubled sum, how many sign assignments give it; two-sided, capped at 1. */
    static double exactP(int[] doubled, int observed, int total) {
        long[] ways = new long[total + 1];
        ways[0] = 1;
        int reach = 0;
        for (int r : doubled) {
            for (int s = reach; s >= 0; s--) {
                if (ways[s] != 0) {
                    ways[s + r] += ways[s];
                }
            }
            reach += r;
        }
        double all = Math.pow(2, doubled.length);
        double lower = 0;
        double upper = 0;
        for (int s = 0; s <= total; s++) {
            if (s <= observed) {
                lower += ways[s];
            }
            if (s >= observed) {
                upper += ways[s];
            }
        }
        return Math.min(1.0, 2 * Math.min(lower, upper) / all);
    }

    /** Φ(z) from the Chebyshev approximation of erfc in Numerical Recipes (fractional error below 1.2e-7). */
    static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * x);
        double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return z >= 0 ? 1 - erfc / 2 : erfc / 2;
    }
}
