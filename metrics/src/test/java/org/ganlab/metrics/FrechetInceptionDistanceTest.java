package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.ganlab.metrics.io.NpzStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrechetInceptionDistanceTest {
  private final FrechetInceptionDistance fid = new FrechetInceptionDistance();

  private static double rel(double actual, double expected) {
    return Math.abs(actual - expected) / Math.abs(expected);
  }

  @Test
  void wellConditionedMatchesScipySqrtmFormulation() {
    double value =
        fid.distance(Fixtures.matrix("fid_well_a.npy"), Fixtures.matrix("fid_well_b.npy"));
    // The requirement is 1e-6; both are float64 so the agreement is far tighter.
    assertThat(rel(value, Fixtures.expected("fid_well.sqrtm"))).isLessThan(1e-6);
    assertThat(rel(value, Fixtures.expected("fid_well.sqrtm"))).isLessThan(1e-11);
    assertThat(rel(value, Fixtures.expected("fid_well.exact"))).isLessThan(1e-11);
  }

  @Test
  void choleskyRouteAndEigenFallbackAgreeOnAWellConditionedCase() throws IOException {
    FeatureMatrix a = Fixtures.matrix("fid_well_a.npy");
    FeatureMatrix b = Fixtures.matrix("fid_well_b.npy");
    FrechetInceptionDistance.Computation chosen = fid.compute(a, b, null);
    FrechetInceptionDistance.Computation cholesky =
        fid.compute(a, b, FrechetInceptionDistance.Route.CHOLESKY);
    FrechetInceptionDistance.Computation eigen =
        fid.compute(a, b, FrechetInceptionDistance.Route.EIGEN);
    assertThat(chosen.route()).isEqualTo(FrechetInceptionDistance.Route.CHOLESKY);
    assertThat(cholesky.route()).isEqualTo(FrechetInceptionDistance.Route.CHOLESKY);
    assertThat(eigen.route()).isEqualTo(FrechetInceptionDistance.Route.EIGEN);
    assertThat(chosen.result()).isEqualTo(cholesky.result());
    double c = cholesky.result().traceSqrt();
    double e = eigen.result().traceSqrt();
    assertThat(rel(c, e)).isLessThan(1e-13);
    assertThat(rel(cholesky.result().value(), eigen.result().value())).isLessThan(1e-13);
    assertThat(rel(eigen.result().value(), Fixtures.expected("fid_well.exact"))).isLessThan(1e-13);
    assertThat(rel(cholesky.result().value(), Fixtures.expected("fid_well.exact")))
        .isLessThan(1e-13);
    // Statistics from a file (no sample count) take the Cholesky route too.
    FeatureStatistics sa = NpzStatistics.read(Fixtures.path("fid_well_a_stats.npz"));
    FeatureStatistics sb = NpzStatistics.read(Fixtures.path("fid_well_b_stats.npz"));
    FrechetInceptionDistance.Computation stored = fid.compute(sa, sb, null);
    assertThat(stored.route()).isEqualTo(FrechetInceptionDistance.Route.CHOLESKY);
    assertThat(rel(stored.result().value(), Fixtures.expected("fid_well.sqrtm"))).isLessThan(1e-11);
  }

  @Test
  void aSingularS2DoesNotStopTheCholeskyRoute() {
    // S1 from 400 samples is positive definite; S2 from 50 samples in 64 dimensions has rank 49.
    FeatureMatrix a = Fixtures.matrix("fid_well_a.npy");
    FeatureMatrix b = rows(Fixtures.matrix("fid_well_b.npy"), 0, 50);
    FrechetInceptionDistance.Computation cholesky = fid.compute(a, b, null);
    FrechetInceptionDistance.Computation eigen =
        fid.compute(a, b, FrechetInceptionDistance.Route.EIGEN);
    assertThat(cholesky.route()).isEqualTo(FrechetInceptionDistance.Route.CHOLESKY);
    assertThat(cholesky.result().singular()).isTrue();
    assertThat(rel(cholesky.result().value(), eigen.result().value())).isLessThan(1e-13);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fid_lowrank", "fid_dup"})
  void singularS1TakesTheEigenFallbackAndMatchesTheReferences(String name) throws IOException {
    // fid_lowrank: n = 40 <= d = 64, known singular from the count, so no factorization is tried.
    // fid_dup: n = 200 > d but 24 duplicated columns; the factorization fails and the route falls
    // back. Statistics without a count must find out the same way.
    FeatureMatrix a = Fixtures.matrix(name + "_a.npy");
    FeatureMatrix b = Fixtures.matrix(name + "_b.npy");
    FeatureStatistics sa = fid.statistics(a);
    FeatureStatistics sb = fid.statistics(b);
    FeatureStatistics uncounted1 =
        new FeatureStatistics(sa.mu(), sa.sigma(), FeatureStatistics.UNKNOWN_COUNT);
    FeatureStatistics uncounted2 =
        new FeatureStatistics(sb.mu(), sb.sigma(), FeatureStatistics.UNKNOWN_COUNT);
    for (FrechetInceptionDistance.Computation c :
        List.of(fid.compute(a, b, null), fid.compute(uncounted1, uncounted2, null))) {
      assertThat(c.route()).isEqualTo(FrechetInceptionDistance.Route.EIGEN);
      assertThat(rel(c.result().value(), Fixtures.expected(name + ".exact"))).isLessThan(1e-10);
      assertThat(rel(c.result().value(), Fixtures.expected(name + ".sqrtm"))).isLessThan(1e-6);
    }
    assertThatThrownBy(() -> fid.compute(a, b, FrechetInceptionDistance.Route.CHOLESKY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not positive definite");
  }

  @Test
  void aConstantFeatureRulesOutTheCholeskyRoute() {
    double[][] x = Fixtures.matrix("fid_well_a.npy").toArray();
    for (double[] row : x) {
      row[7] = 2.5;
    }
    FeatureMatrix a = FeatureMatrix.of(x);
    FeatureMatrix b = Fixtures.matrix("fid_well_b.npy");
    FrechetInceptionDistance.Computation c = fid.compute(a, b, null);
    assertThat(c.route()).isEqualTo(FrechetInceptionDistance.Route.EIGEN);
    assertThat(c.result().singular()).isFalse();
    assertThat(c.result().value()).isFinite().isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fid_lowrank", "fid_dup"})
  void singularCovariancesAreFiniteAndExact(String name) {
    FeatureMatrix a = Fixtures.matrix(name + "_a.npy");
    FeatureMatrix b = Fixtures.matrix(name + "_b.npy");
    FrechetInceptionDistance.Result r = fid.compute(a, b);
    assertThat(r.value()).isFinite();
    // Against the exact nuclear-norm reference; SciPy's sqrtm is itself off by ~1e-8 here.
    assertThat(rel(r.value(), Fixtures.expected(name + ".exact"))).isLessThan(1e-10);
    assertThat(rel(r.value(), Fixtures.expected(name + ".sqrtm"))).isLessThan(1e-6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fid_well", "fid_lowrank", "fid_dup"})
  void distanceToItselfIsZero(String name) {
    FeatureMatrix a = Fixtures.matrix(name + "_a.npy");
    FrechetInceptionDistance.Result r = fid.compute(a, a);
    double trace = r.trace1() + r.trace2();
    assertThat(Math.abs(r.meanTerm() + r.trace1() + r.trace2() - 2 * r.traceSqrt()))
        .isLessThan(1e-9 * trace);
    assertThat(r.value()).isLessThan(1e-9 * trace);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fid_well", "fid_lowrank", "fid_dup"})
  void isSymmetric(String name) {
    FeatureMatrix a = Fixtures.matrix(name + "_a.npy");
    FeatureMatrix b = Fixtures.matrix(name + "_b.npy");
    double ab = fid.distance(a, b);
    double ba = fid.distance(b, a);
    assertThat(Math.abs(ab - ba)).isLessThan(1e-10 * Fixtures.expected(name + ".trace"));
  }

  @Test
  void saysWhenFewerSamplesThanDimensionsMakeACovarianceSingular() throws IOException {
    FeatureMatrix a = Fixtures.matrix("fid_well_a.npy");
    FeatureMatrix b = Fixtures.matrix("fid_well_b.npy");
    assertThat(a.cols()).isEqualTo(64);
    assertThat(fid.compute(a, b).singular()).isFalse();
    // n = d: the covariance has rank 63 < 64.
    FrechetInceptionDistance.Result few = fid.compute(rows(a, 0, 64), b);
    assertThat(few.singular()).isTrue();
    assertThat(few.value()).isFinite().isPositive();
    assertThat(fid.compute(b, rows(a, 0, 64)).singular()).isTrue();
    assertThat(fid.compute(rows(a, 0, 65), b).singular()).isFalse();
    // The bias it warns of: two halves of one sample set lie further apart with fewer rows.
    double small = fid.distance(rows(a, 0, 40), rows(a, 40, 80));
    double large = fid.distance(rows(a, 0, 200), rows(a, 200, 400));
    assertThat(small).isGreaterThan(2 * large);
    // Statistics read from a file carry no count, so nothing is claimed about them.
    FeatureStatistics stored = NpzStatistics.read(Fixtures.path("fid_well_a_stats.npz"));
    assertThat(FrechetInceptionDistance.isSingular(stored)).isFalse();
    assertThat(FrechetInceptionDistance.isSingular(fid.statistics(rows(a, 0, 10)))).isTrue();
  }

  private static FeatureMatrix rows(FeatureMatrix m, int from, int to) {
    return m.selectRows(IntStream.range(from, to).toArray());
  }

  @Test
  void statisticsMatchNumpyCovAndNpzFiles() throws IOException {
    FeatureStatistics computed = fid.statistics(Fixtures.matrix("fid_well_a.npy"));
    FeatureStatistics stored = NpzStatistics.read(Fixtures.path("fid_well_a_stats.npz"));
    assertThat(computed.n()).isEqualTo(400);
    assertThat(stored.n()).isEqualTo(FeatureStatistics.UNKNOWN_COUNT);
    assertThat(computed.mu()).containsExactly(stored.mu(), within(1e-13));
    assertThat(computed.sigma()).containsExactly(stored.sigma(), within(1e-13));
    // 300 rows: not a multiple of 8, so the centred copy is padded with zeros.
    FeatureStatistics computedB = fid.statistics(Fixtures.matrix("fid_well_b.npy"));
    FeatureStatistics storedB = NpzStatistics.read(Fixtures.path("fid_well_b_stats.npz"));
    assertThat(computedB.mu()).containsExactly(storedB.mu(), within(1e-13));
    assertThat(computedB.sigma()).containsExactly(storedB.sigma(), within(1e-13));
  }

  @Test
  void covarianceFromSeveralFeatureBlocksEqualsTheTwoPassFormula() {
    // d = 300 spans two blocks of the Gram matrix (256 + 44 features); n = 333 is padded to 336.
    int n = 333;
    int d = 300;
    SplittableRandom random = new SplittableRandom(11);
    double[][] x = new double[n][d];
    for (double[] row : x) {
      double shared = random.nextGaussian();
      for (int j = 0; j < d; j++) {
        row[j] = 0.5 + 0.01 * j + random.nextGaussian() + 0.3 * shared;
      }
    }
    FeatureStatistics s = fid.statistics(FeatureMatrix.of(x));
    double[] mean = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    double largest = 0;
    for (int p = 0; p < d; p++) {
      for (int q = 0; q <= p; q++) {
        double sum = 0;
        for (double[] row : x) {
          sum += (row[p] - mean[p]) * (row[q] - mean[q]);
        }
        double expected = sum / (n - 1);
        largest = Math.max(largest, Math.abs(expected));
        assertThat(s.sigma(p, q)).isCloseTo(expected, within(1e-12));
        assertThat(s.sigma(q, p)).isEqualTo(s.sigma(p, q));
      }
      assertThat(s.mu()[p]).isCloseTo(mean[p], within(1e-13));
    }
    assertThat(largest).isGreaterThan(1.0);

    FeatureMatrix a = FeatureMatrix.of(x);
    FeatureMatrix b = FeatureMatrix.of(Arrays.copyOfRange(x, 0, 320));
    FrechetInceptionDistance.Computation cholesky = fid.compute(a, b, null);
    FrechetInceptionDistance.Computation eigen =
        fid.compute(a, b, FrechetInceptionDistance.Route.EIGEN);
    assertThat(cholesky.route()).isEqualTo(FrechetInceptionDistance.Route.CHOLESKY);
    assertThat(cholesky.result().value()).isPositive();
    assertThat(rel(cholesky.result().value(), eigen.result().value())).isLessThan(1e-11);
  }

  @Test
  void choleskyRouteOverSeveralBlocksOfTheFactorAgreesWithTheEigenRoute() {
    // d = 600: L^T S2 L is assembled from three block rows (256 + 256 + 88), so blocks below the
    // diagonal come from both earlier rows' results, at two different offsets.
    int d = 600;
    SplittableRandom random = new SplittableRandom(5);
    double[][] a = new double[700][d];
    double[][] b = new double[650][d];
    for (double[][] set : List.of(a, b)) {
      for (double[] row : set) {
        double shared = random.nextGaussian();
        for (int j = 0; j < d; j++) {
          row[j] = (set == a ? 1.0 : 1.5 + 0.002 * j) * random.nextGaussian() + 0.4 * shared;
        }
      }
    }
    FrechetInceptionDistance.Computation cholesky =
        fid.compute(FeatureMatrix.of(a), FeatureMatrix.of(b), null);
    FrechetInceptionDistance.Computation eigen =
        fid.compute(FeatureMatrix.of(a), FeatureMatrix.of(b), FrechetInceptionDistance.Route.EIGEN);
    assertThat(cholesky.route()).isEqualTo(FrechetInceptionDistance.Route.CHOLESKY);
    assertThat(rel(cholesky.result().traceSqrt(), eigen.result().traceSqrt())).isLessThan(1e-12);
    assertThat(rel(cholesky.result().value(), eigen.result().value())).isLessThan(1e-11);
  }

  @Test
  void distanceFromPrecomputedStatistics() throws IOException {
    FeatureStatistics a = NpzStatistics.read(Fixtures.path("fid_well_a_stats.npz"));
    FeatureStatistics b = NpzStatistics.read(Fixtures.path("fid_well_b_stats.npz"));
    assertThat(rel(fid.distance(a, b), Fixtures.expected("fid_well.sqrtm"))).isLessThan(1e-11);
  }

  @Test
  void resultPartsAddUp() {
    FrechetInceptionDistance.Result r =
        fid.compute(Fixtures.matrix("fid_well_a.npy"), Fixtures.matrix("fid_well_b.npy"));
    assertThat(r.trace1() + r.trace2())
        .isCloseTo(Fixtures.expected("fid_well.trace"), within(1e-9));
    assertThat(r.value())
        .isCloseTo(r.meanTerm() + r.trace1() + r.trace2() - 2 * r.traceSqrt(), within(1e-12));
    assertThat(r.meanTerm()).isPositive();
  }

  @Test
  void identicalGaussiansShiftedByAVectorGiveItsSquaredNorm() {
    // FID of X and X + c is |c|^2 exactly: the covariances are equal.
    double[][] x = Fixtures.matrix("fid_dup_a.npy").toArray();
    double[][] shifted = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      shifted[i] = x[i].clone();
      shifted[i][0] += 3.0;
      shifted[i][5] -= 4.0;
    }
    double value = fid.distance(FeatureMatrix.of(x), FeatureMatrix.of(shifted));
    assertThat(value).isCloseTo(25.0, within(1e-9));
  }

  @Test
  void clampingOnlyNegativeEigenvaluesStaysFinite() {
    FrechetInceptionDistance plain =
        new FrechetInceptionDistance(new FrechetInceptionDistance.Config(0.0));
    double value =
        plain.distance(Fixtures.matrix("fid_lowrank_a.npy"), Fixtures.matrix("fid_lowrank_b.npy"));
    assertThat(value).isFinite();
    assertThat(rel(value, Fixtures.expected("fid_lowrank.exact"))).isLessThan(1e-6);
  }

  @Test
  void rejectsMismatchedOrTooSmallInputs() {
    FeatureMatrix a = FeatureMatrix.of(new double[][] {{1, 2}, {3, 4}});
    FeatureMatrix b = FeatureMatrix.of(new double[][] {{1, 2, 3}, {3, 4, 5}});
    assertThatThrownBy(() -> fid.distance(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dimensions differ: 2 vs 3");
    assertThatThrownBy(() -> fid.statistics(FeatureMatrix.of(new double[][] {{1, 2}})))
        .hasMessageContaining("at least 2 samples");
    assertThatThrownBy(() -> new FrechetInceptionDistance.Config(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void featureMatrixRejectsNonFiniteValues() {
    assertThatThrownBy(() -> FeatureMatrix.of(new double[][] {{1, 2}, {3, Double.NaN}}))
        .hasMessageContaining("row 1, column 1");
  }
}
