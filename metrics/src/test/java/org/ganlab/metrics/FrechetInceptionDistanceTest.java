package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
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
