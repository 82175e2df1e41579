package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KernelInceptionDistanceTest {
  private final FeatureMatrix x = Fixtures.matrix("kid_x.npy");
  private final FeatureMatrix y = Fixtures.matrix("kid_y.npy");
  private final long seed = (long) Fixtures.expected("kid.seed");

  private static double rel(double actual, double expected) {
    return Math.abs(actual - expected) / Math.abs(expected);
  }

  @Test
  void unbiasedMmdOfFullSetsMatchesNumpy() {
    double mmd = new KernelInceptionDistance().unbiasedMmd2(x, y);
    assertThat(rel(mmd, Fixtures.expected("kid.mmd2_full"))).isLessThan(1e-12);
  }

  @Test
  void subsetAverageMatchesNumpyWithTheSameSampler() {
    KernelInceptionDistance.Result r =
        new KernelInceptionDistance(new KernelInceptionDistance.Config(5, 50)).compute(x, y, seed);
    assertThat(r.subsetSize()).isEqualTo(50);
    assertThat(r.values()).hasSize(5);
    assertThat(rel(r.mean(), Fixtures.expected("kid.s5_m50.mean"))).isLessThan(1e-12);
    assertThat(rel(r.std(), Fixtures.expected("kid.s5_m50.std"))).isLessThan(1e-10);
  }

  @Test
  void subsetSizeIsCappedAtTheSmallerSet() {
    KernelInceptionDistance.Result r =
        new KernelInceptionDistance(new KernelInceptionDistance.Config(3, 1000))
            .compute(x, y, seed);
    assertThat(r.subsetSize()).isEqualTo(100);
    assertThat(rel(r.mean(), Fixtures.expected("kid.s3_m1000.mean"))).isLessThan(1e-12);
    assertThat(rel(r.std(), Fixtures.expected("kid.s3_m1000.std"))).isLessThan(1e-10);
  }

  @Test
  void explicitSubsetsGiveTheSameAsTheSeededSampler() {
    KernelInceptionDistance kid =
        new KernelInceptionDistance(new KernelInceptionDistance.Config(4, 30));
    SubsetSampler s = new SubsetSampler(99);
    int[][] xs = new int[4][];
    int[][] ys = new int[4][];
    for (int k = 0; k < 4; k++) {
      xs[k] = s.subset(x.rows(), 30);
      ys[k] = s.subset(y.rows(), 30);
    }
    assertThat(kid.compute(x, y, xs, ys).values()).containsExactly(kid.compute(x, y, 99).values());
  }

  @Test
  void isDeterministicPerSeed() {
    KernelInceptionDistance kid =
        new KernelInceptionDistance(new KernelInceptionDistance.Config(3, 40));
    assertThat(kid.compute(x, y, 7)).isEqualTo(kid.compute(x, y, 7));
    assertThat(kid.compute(x, y, 7).mean()).isNotEqualTo(kid.compute(x, y, 8).mean());
  }

  @Test
  void defaultsAreHundredSubsetsOfThousand() {
    assertThat(KernelInceptionDistance.Config.DEFAULT.subsets()).isEqualTo(100);
    assertThat(KernelInceptionDistance.Config.DEFAULT.subsetSize()).isEqualTo(1000);
  }

  @Test
  void splitMix64MatchesTheReferenceStream() {
    SubsetSampler s = new SubsetSampler(0);
    String first3 =
        Long.toUnsignedString(s.nextLong())
            + ","
            + Long.toUnsignedString(s.nextLong())
            + ","
            + Long.toUnsignedString(s.nextLong());
    assertThat(first3).isEqualTo(Fixtures.expectedString("splitmix64.seed0.first3"));
  }

  @Test
  void subsetsAreDistinctIndicesInRange() {
    int[] subset = new SubsetSampler(5).subset(1000, 1000);
    assertThat(Arrays.stream(subset).sorted().toArray())
        .isEqualTo(java.util.stream.IntStream.range(0, 1000).toArray());
  }

  @Test
  void rejectsBadSubsets() {
    KernelInceptionDistance kid = new KernelInceptionDistance();
    assertThatThrownBy(() -> kid.compute(x, y, new int[][] {{0, 500}}, new int[][] {{0, 1}}))
        .hasMessageContaining("row 500 out of [0, 120)");
    assertThatThrownBy(() -> new KernelInceptionDistance.Config(0, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
