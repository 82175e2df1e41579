package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made point sets for the 2D mixtures and stacked Fashion-MNIST. */
class ModeCoverageTest {
  private static final MixtureModeCoverage.Config GRID =
      MixtureModeCoverage.Config.grid(5, 2.0, 0.05);
  private static final MixtureModeCoverage.Config RING =
      MixtureModeCoverage.Config.ring(8, 2.0, 0.02);

  /**
   * {@code perMode} points around each listed centre, at distance {@code stds} std, 4 directions.
   */
  private static List<double[]> around(double[][] centres, int[] modes, double std, double stds) {
    List<double[]> pts = new ArrayList<>();
    double r = stds * std;
    for (int m : modes) {
      double[] c = centres[m];
      pts.add(new double[] {c[0] + r, c[1]});
      pts.add(new double[] {c[0] - r, c[1]});
      pts.add(new double[] {c[0], c[1] + r});
      pts.add(new double[] {c[0], c[1] - r});
    }
    return pts;
  }

  private static int[] range(int from, int to, int step) {
    return java.util.stream.IntStream.iterate(from, i -> i < to, i -> i + step).toArray();
  }

  @Test
  void gridCentresAreTheLiteratureGrid() {
    double[][] c = GRID.centres();
    assertThat(c).hasNumberOfRows(25);
    assertThat(c[0]).containsExactly(-4.0, -4.0);
    assertThat(c[24]).containsExactly(4.0, 4.0);
    assertThat(c[12]).containsExactly(0.0, 0.0);
  }

  @Test
  void allModesCaptured() {
    List<double[]> pts = around(GRID.centres(), range(0, 25, 1), 0.05, 2.0);
    MixtureModeCoverage.Result r =
        new MixtureModeCoverage(GRID).compute(pts.toArray(double[][]::new));
    assertThat(r.modesCaptured()).isEqualTo(25);
    assertThat(r.modes()).isEqualTo(25);
    assertThat(r.highQualityFraction()).isEqualTo(1.0);
    assertThat(r.samplesPerMode()).containsOnly(4);
  }

  @Test
  void oneModeCaptured() {
    List<double[]> pts = around(RING.centres(), new int[] {3, 3, 3}, 0.02, 1.0);
    MixtureModeCoverage.Result r =
        new MixtureModeCoverage(RING).compute(pts.toArray(double[][]::new));
    assertThat(r.modesCaptured()).isEqualTo(1);
    assertThat(r.samplesPerMode()[3]).isEqualTo(12);
    assertThat(r.highQualityFraction()).isEqualTo(1.0);
  }

  @Test
  void halfTheModesWithSomeLowQualitySamples() {
    List<double[]> pts = around(RING.centres(), range(0, 8, 2), 0.02, 2.9);
    // 4 samples between modes, far from every centre: low quality, captured nothing.
    for (int k = 0; k < 4; k++) {
      double a = 2 * Math.PI * (k + 0.5) / 8;
      pts.add(new double[] {2 * Math.cos(a), 2 * Math.sin(a)});
    }
    MixtureModeCoverage.Result r =
        new MixtureModeCoverage(RING).compute(pts.toArray(double[][]::new));
    assertThat(r.modesCaptured()).isEqualTo(4);
    assertThat(r.highQualityFraction()).isCloseTo(16.0 / 20.0, within(1e-15));
    assertThat(r.samplesPerMode()).containsExactly(4, 0, 4, 0, 4, 0, 4, 0);
  }

  @Test
  void threeStdIsExclusiveAndMinimumSamplesApply() {
    List<double[]> outside = around(GRID.centres(), new int[] {0}, 0.05, 3.01);
    assertThat(
            new MixtureModeCoverage(GRID).compute(outside.toArray(double[][]::new)).modesCaptured())
        .isZero();
    List<double[]> inside = around(GRID.centres(), new int[] {0, 1, 1}, 0.05, 2.99);
    MixtureModeCoverage strict =
        new MixtureModeCoverage(new MixtureModeCoverage.Config(GRID.centres(), 0.05, 3.0, 5));
    // Mode 0 has 4 samples (< 5), mode 1 has 8.
    assertThat(strict.compute(inside.toArray(double[][]::new)).modesCaptured()).isEqualTo(1);
  }

  @Test
  void stackedAllModesIsUniform() {
    int[][] classes = new int[2000][];
    for (int i = 0; i < 2000; i++) {
      int m = i % 1000;
      classes[i] = new int[] {m / 100, (m / 10) % 10, m % 10};
    }
    StackedModeCoverage.Result r = new StackedModeCoverage().compute(classes);
    assertThat(r.modesCovered()).isEqualTo(1000);
    assertThat(r.modes()).isEqualTo(1000);
    assertThat(r.klToUniform()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void stackedOneMode() {
    int[][] classes = new int[500][];
    java.util.Arrays.fill(classes, new int[] {7, 0, 3});
    StackedModeCoverage.Result r = new StackedModeCoverage().compute(classes);
    assertThat(r.modesCovered()).isEqualTo(1);
    assertThat(r.histogram()[703]).isEqualTo(500);
    assertThat(r.klToUniform()).isCloseTo(Math.log(1000), within(1e-12));
  }

  @Test
  void stackedHalfTheModes() {
    // The 500 modes whose first channel is class 0..4, each twice.
    int[][] classes = new int[1000][];
    for (int i = 0; i < 1000; i++) {
      int m = i % 500;
      classes[i] = new int[] {m / 100, (m / 10) % 10, m % 10};
    }
    StackedModeCoverage.Result r = new StackedModeCoverage().compute(classes);
    assertThat(r.modesCovered()).isEqualTo(500);
    assertThat(r.klToUniform()).isCloseTo(Math.log(2), within(1e-12));
  }

  @Test
  void stackedRejectsBadClassIds() {
    assertThatThrownBy(() -> new StackedModeCoverage().compute(new int[][] {{1, 2, 10}}))
        .hasMessageContaining("class 10 out of [0, 10)");
    assertThatThrownBy(() -> new StackedModeCoverage().compute(new int[][] {{1, 2}}))
        .hasMessageContaining("2 channel classes, need 3");
  }

  @Test
  void conditionalAccuracyCountsArgmaxMatches() {
    double[][] p = {{0.1, 0.9}, {0.8, 0.2}, {0.5, 0.5}, {0.3, 0.7}};
    ConditionalAccuracy.Result r = new ConditionalAccuracy().compute(p, new int[] {1, 1, 0, 1});
    // Row 2 is a tie: argmax is the first class, 0, which matches.
    assertThat(r.correct()).isEqualTo(3);
    assertThat(r.accuracy()).isEqualTo(0.75);
    assertThatThrownBy(() -> new ConditionalAccuracy().compute(p, new int[] {0, 1}))
        .hasMessageContaining("4 score rows but 2 requested labels");
  }

  @Test
  void translationErrorIsMeanAbsoluteAndSquared() {
    double[][] translated = {{0, 1, 2}, {1, 1, 1}};
    double[][] truth = {{0, 0, 0}, {1, 1, 4}};
    TranslationError.Result r = new TranslationError().compute(translated, truth);
    assertThat(r.meanAbsoluteError()).isEqualTo((1 + 2 + 3) / 6.0);
    assertThat(r.meanSquaredError()).isEqualTo((1 + 4 + 9) / 6.0);
    assertThatThrownBy(() -> new TranslationError().compute(new double[][] {{1}}, truth))
        .hasMessageContaining("shapes differ");
  }
}
