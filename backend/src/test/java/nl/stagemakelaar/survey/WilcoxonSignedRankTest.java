package nl.stagemakelaar.survey;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WilcoxonSignedRankTest {

    /**
     * Hollander, M. and Wolfe, D. A. (1973), Nonparametric Statistical Methods, pp. 29f.: Hamilton depression scale
     * factor IV of 9 patients at the first (x) and second (y) visit after a tranquilizer, the example data set of
     * R's {@code wilcox.test}: {@code wilcox.test(x, y, paired = TRUE)} gives V = 40, p-value = 0.03906 (exact),
     * and with {@code alternative = "greater"} p = 0.01953.
     */
    @Test
    void theHollanderWolfeExampleGivesThePublishedStatisticAndPValue() {
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i] - y[i];
        }
        var r = WilcoxonSignedRank.test(d);
        assertEquals(9, r.n());
        assertEquals(40.0, r.wPlus());
        assertEquals(0.0390625, r.pValue(), 1e-12);
        assertTrue(r.exact());
        // Rank-biserial: (W+ − W−) / (W+ + W−) = (40 − 5) / 45.
        assertEquals(35.0 / 45.0, r.effectSize(), 1e-12);
    }

    /** Likert answers tie a lot and have zeros: the exact p-value equals counting every sign assignment by hand. */
    @Test
    void tiesAndZerosMatchABruteForceCountOverEverySignAssignment() {
        double[] d = {1, 1, 2, -1, 0, 3, 1, -2, 2, 0, 1, 4, -1, 1};
        var r = WilcoxonSignedRank.test(d);
        assertEquals(12, r.n(), "zeros are dropped");
        // Mid-ranks of |d| without zeros, computed the slow way: below + (equal + 1) / 2.
        double[] nz = java.util.Arrays.stream(d).filter(v -> v != 0).toArray();
        double[] ranks = new double[nz.length];
        for (int i = 0; i < nz.length; i++) {
            int below = 0;
            int same = 0;
            for (double v : nz) {
                if (Math.abs(v) < Math.abs(nz[i])) {
                    below++;
                } else if (Math.abs(v) == Math.abs(nz[i])) {
                    same++;
                }
            }
            ranks[i] = below + (same + 1) / 2.0;
        }
        double observed = 0;
        for (int i = 0; i < nz.length; i++) {
            observed += nz[i] > 0 ? ranks[i] : 0;
        }
        assertEquals(observed, r.wPlus());
        int atMost = 0;
        int atLeast = 0;
        int all = 1 << nz.length;
        for (int mask = 0; mask < all; mask++) {
            double w = 0;
            for (int i = 0; i < nz.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    w += ranks[i];
                }
            }
            atMost += w <= observed + 1e-9 ? 1 : 0;
            atLeast += w >= observed - 1e-9 ? 1 : 0;
        }
        double expected = Math.min(1.0, 2.0 * Math.min(atMost, atLeast) / all);
        assertEquals(expected, r.pValue(), 1e-12);
    }

    @Test
    void noChangeIsPOneAndLargeSamplesUseTheNormalApproximation() {
        var none = WilcoxonSignedRank.test(new double[] {0, 0, 0});
        assertEquals(0, none.n());
        assertEquals(1.0, none.pValue());
        var balanced = WilcoxonSignedRank.test(new double[] {1, -1, 2, -2});
        assertEquals(1.0, balanced.pValue());
        assertEquals(0.0, balanced.effectSize());

        double[] up = new double[60];
        for (int i = 0; i < up.length; i++) {
            up[i] = i + 1;
        }
        var large = WilcoxonSignedRank.test(up);
        assertFalse(large.exact());
        // W+ = 1830, mean 915, sd = sqrt(60·61·121/24) = 135.84; z = (915 − 0.5) / 135.84 = 6.732, p = 1.7e-11.
        assertEquals(1.7e-11, large.pValue(), 0.2e-11);
        assertEquals(1.0, large.effectSize());
        // At the edge the approximation is close to the exact count.
        double[] mixed = new double[50];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (i % 3 == 0 ? -1 : 1) * (i + 1);
        }
        var exact = WilcoxonSignedRank.test(mixed);
        assertTrue(exact.exact());
        double[] more = java.util.Arrays.copyOf(mixed, 51);
        more[50] = 0.5;
        var approx = WilcoxonSignedRank.test(more);
        assertFalse(approx.exact());
        assertEquals(exact.pValue(), approx.pValue(), 0.05);
    }

    @Test
    void countedDifferencesGiveWhatTheSamePairsOneByOneGive() {
        // A Likert cohort: differences -4..4 with many ties and zeros, on both sides of the exact limit.
        java.util.Random random = new java.util.Random(7);
        for (int size : new int[] {12, 50, 51, 3_000}) {
            double[] pairs = new double[size];
            long[] counts = new long[9];
            for (int i = 0; i < size; i++) {
                int d = Math.min(4, Math.max(-4, (int) Math.round(random.nextGaussian() * 1.5 + 0.4)));
                pairs[i] = d;
                counts[d + 4]++;
            }
            var one = WilcoxonSignedRank.test(pairs);
            var counted = WilcoxonSignedRank.test(new double[] {-4, -3, -2, -1, 0, 1, 2, 3, 4}, counts);
            assertEquals(one, counted, "size " + size);
        }
    }

    @Test
    void aNationalCohortDoesNotOverflow() {
        // 60,000 pairs: n(n + 1) = 3.6e9 is past int's range; every pair better gives W+ = n(n + 1) / 2 and effect 1.
        var allBetter = WilcoxonSignedRank.test(new double[] {1}, new long[] {60_000});
        assertEquals(60_000, allBetter.n());
        assertEquals(60_000.0 * 60_001 / 2, allBetter.wPlus());
        assertEquals(1.0, allBetter.effectSize());
        assertTrue(allBetter.pValue() < 1e-12);
        var balanced = WilcoxonSignedRank.test(new double[] {-1, 1}, new long[] {30_000, 30_000});
        assertEquals(0.0, balanced.effectSize());
        assertEquals(1.0, balanced.pValue(), 1e-9);
    }
}
