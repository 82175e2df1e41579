package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.metrics.DensityCoverage;
import org.ganlab.metrics.Fixtures;
import org.ganlab.metrics.KernelInceptionDistance;
import org.ganlab.metrics.PrecisionRecall;
import org.junit.jupiter.api.Test;

/** Metrics of files, on the NumPy/SciPy fixtures (no feature extractor is created). */
class FileMetricsTest {
  private static MetricInputs inputs() {
    return new MetricInputs(
        () -> {
          throw new AssertionError("feature files need no extractor");
        });
  }

  @Test
  void fidOfFeaturesAndStatisticsTellsWhatEachInputGave() {
    List<String> read = new ArrayList<>();
    try (MetricInputs in = inputs()) {
      FileMetrics m = new FileMetrics(in, (role, path, what) -> read.add(role + ": " + what));
      double exact = Fixtures.expected("fid_well.exact");
      assertThat(m.fid(Fixtures.path("fid_well_a_stats.npz"), Fixtures.path("fid_well_b.npy")))
          .isCloseTo(exact, within(1e-6 * exact));
    }
    assertThat(read.get(0)).startsWith("A: statistics of dimension ");
    assertThat(read.get(1)).startsWith("B: ").endsWith(" features");
  }

  @Test
  void kidPrecisionRecallAndDensityCoverageMatchTheReference() {
    try (MetricInputs in = inputs()) {
      FileMetrics m = new FileMetrics(in);
      KernelInceptionDistance.Result kid =
          m.kid(
              Fixtures.path("kid_x.npy"),
              Fixtures.path("kid_y.npy"),
              new KernelInceptionDistance.Config(5, 50),
              12345);
      assertThat(kid.mean()).isCloseTo(Fixtures.expected("kid.s5_m50.mean"), within(1e-7));
      PrecisionRecall.Result pr =
          m.precisionRecall(
              Fixtures.path("pr_real.npy"),
              Fixtures.path("pr_fake.npy"),
              PrecisionRecall.Config.DEFAULT);
      assertThat(pr.precision()).isCloseTo(Fixtures.expected("pr.k3.precision"), within(1e-9));
      DensityCoverage.Result dc =
          m.densityCoverage(
              Fixtures.path("pr_real.npy"),
              Fixtures.path("pr_fake.npy"),
              DensityCoverage.Config.DEFAULT);
      assertThat(dc.coverage()).isCloseTo(Fixtures.expected("dc.k5.coverage"), within(1e-9));
    }
  }

  @Test
  void differentFeatureDimensionsNameBothFiles() {
    try (MetricInputs in = inputs()) {
      assertThatThrownBy(
              () ->
                  new FileMetrics(in)
                      .fid(Fixtures.path("fid_well_a.npy"), Fixtures.path("pr_fake.npy")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("feature dimensions differ")
          .hasMessageContaining("fid_well_a.npy")
          .hasMessageContaining("pr_fake.npy");
    }
  }
}
