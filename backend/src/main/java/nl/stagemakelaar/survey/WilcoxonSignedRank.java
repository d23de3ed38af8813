package nl.stagemakelaar.survey;

import java.util.Arrays;

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
        double[] d = Arrays.stream(differences).filter(x -> x != 0).toArray();
        int n = d.length;
        if (n == 0) {
            return new Result(0, 0, 1.0, 0.0, true);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(d[a]), Math.abs(d[b])));
        // Doubled mid-ranks are whole numbers: positions i..j share (i + 1 + j + 1).
        int[] doubled = new int[n];
        double tieTerm = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && Math.abs(d[order[j + 1]]) == Math.abs(d[order[i]])) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                doubled[order[k]] = i + j + 2;
            }
            int t = j - i + 1;
            tieTerm += (double) t * t * t - t;
            i = j + 1;
        }
        int plus2 = 0;
        int total2 = 0;
        for (int i = 0; i < n; i++) {
            total2 += doubled[i];
            if (d[i] > 0) {
                plus2 += doubled[i];
            }
        }
        double wPlus = plus2 / 2.0;
        double wMinus = (total2 - plus2) / 2.0;
        double effect = (wPlus - wMinus) / (wPlus + wMinus);
        if (n <= EXACT_UP_TO) {
            return new Result(n, wPlus, exactP(doubled, plus2, total2), effect, true);
        }
        double mean = n * (n + 1) / 4.0;
        double variance = n * (n + 1) * (2.0 * n + 1) / 24.0 - tieTerm / 48.0;
        double diff = wPlus - mean;
        double z = (Math.abs(diff) - 0.5) / Math.sqrt(variance);
        double p = Math.min(1.0, 2 * (1 - normalCdf(Math.max(0, z))));
        return new Result(n, wPlus, p, effect, false);
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
