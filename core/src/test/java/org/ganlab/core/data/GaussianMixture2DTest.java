package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;

class GaussianMixture2DTest {
  @Test
  void ring8HasEightCentresOnRadiusTwo() {
    GaussianMixture2D ring = GaussianMixture2D.ring8();
    assertThat(ring.numModes()).isEqualTo(8);
    assertThat(ring.std()).isEqualTo(0.02);
    for (double[] c : ring.centres()) {
      assertThat(Math.hypot(c[0], c[1])).isCloseTo(2.0, within(1e-12));
    }
    assertThat(ring.centre(0)).containsExactly(2.0, 0.0);
    assertThat(ring.centre(2)[0]).isCloseTo(0.0, within(1e-12));
    assertThat(ring.centre(2)[1]).isCloseTo(2.0, within(1e-12));
    assertThat(ring.centre(1)[0]).isCloseTo(Math.sqrt(2), within(1e-12));
  }

  @Test
  void grid25HasMeansAtMinusFourToFour() {
    GaussianMixture2D grid = GaussianMixture2D.grid25();
    assertThat(grid.numModes()).isEqualTo(25);
    assertThat(grid.std()).isEqualTo(0.05);
    assertThat(grid.centre(0)).containsExactly(-4.0, -4.0);
    assertThat(grid.centre(1)).containsExactly(-4.0, -2.0);
    assertThat(grid.centre(12)).containsExactly(0.0, 0.0);
    assertThat(grid.centre(24)).containsExactly(4.0, 4.0);
  }

  @Test
  void ringSamplesLieNearCentresWithTheRightSpreadAndCoverAllModes() {
    checkSamples(GaussianMixture2D.ring8(), new Seeds(11));
  }

  @Test
  void gridSamplesLieNearCentresWithTheRightSpreadAndCoverAllModes() {
    checkSamples(GaussianMixture2D.grid25(), new Seeds(12));
  }

  private static void checkSamples(GaussianMixture2D mixture, Seeds seeds) {
    DataSource source = mixture.source(seeds);
    int k = mixture.numModes();
    int[] counts = new int[k];
    double sumSq = 0;
    double maxDist = 0;
    int total = 0;
    for (long step = 0; step < 100; step++) {
      Batch b = source.batch(step, 200);
      assertThat(b.shape()).containsExactly(200, 2);
      for (int i = 0; i < 200; i++) {
        double x = b.values()[2 * i];
        double y = b.values()[2 * i + 1];
        int mode = mixture.nearestMode(x, y);
        // The label is the component drawn; at these spreads the nearest centre is that one.
        assertThat(mode).isEqualTo(b.labels()[i]);
        double d = mixture.distanceToNearestMode(x, y);
        sumSq += d * d;
        maxDist = Math.max(maxDist, d);
        counts[mode]++;
        total++;
      }
    }
    double std = mixture.std();
    // Chance of any of 20,000 samples beyond 6 std (2D radial tail exp(-18)): ~3e-4.
    assertThat(maxDist).isLessThan(6 * std);
    // E|offset|^2 = 2 std^2 for an isotropic 2D Gaussian; 20,000 samples pin it to about 1%.
    assertThat(sumSq / total).isCloseTo(2 * std * std, within(0.05 * 2 * std * std));
    double expected = (double) total / k;
    for (int c : counts) {
      assertThat((double) c).isCloseTo(expected, within(5 * Math.sqrt(expected)));
    }
  }

  @Test
  void samplesArePureFunctionsOfSeedAndStep() {
    GaussianMixture2D ring = GaussianMixture2D.ring8();
    Batch a = ring.source(new Seeds(1)).batch(7, 64);
    DataSource other = ring.source(new Seeds(1));
    other.batch(3, 10);
    assertThat(other.batch(7, 64)).isEqualTo(a);
    assertThat(ring.source(new Seeds(2)).batch(7, 64)).isNotEqualTo(a);
    assertThat(ring.source(new Seeds(1)).batch(8, 64)).isNotEqualTo(a);
    // A smaller batch is a prefix of a larger one.
    Batch prefix = ring.source(new Seeds(1)).batch(7, 16);
    assertThat(prefix.values()).containsExactly(java.util.Arrays.copyOf(a.values(), 32));
  }

  @Test
  void sourceDescribesItself() {
    GaussianMixture2D.Source source = GaussianMixture2D.grid25().source(new Seeds(0));
    assertThat(source.size()).isEqualTo(DataSource.UNBOUNDED);
    assertThat(source.shape()).containsExactly(2);
    assertThat(source.numClasses()).isEqualTo(25);
    assertThat(source.fileChecksums()).isEmpty();
    assertThat(source.mixture().name()).isEqualTo("grid25");
  }

  @Test
  void gaussianDrawsHaveUnitVariance() {
    Rng rng = new Rng(99);
    double sum = 0;
    double sumSq = 0;
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      double g = rng.nextGaussian();
      sum += g;
      sumSq += g * g;
    }
    assertThat(sum / n).isCloseTo(0.0, within(0.01));
    assertThat(sumSq / n).isCloseTo(1.0, within(0.01));
  }
}
