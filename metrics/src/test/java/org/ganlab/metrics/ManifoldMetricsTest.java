package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Precision/recall and density/coverage against the NumPy reference of the papers' definitions. */
class ManifoldMetricsTest {
  private final FeatureMatrix real = Fixtures.matrix("pr_real.npy");
  private final FeatureMatrix fake = Fixtures.matrix("pr_fake.npy");

  @Test
  void precisionRecallMatchReference() {
    PrecisionRecall.Result r = new PrecisionRecall().compute(real, fake);
    assertThat(r.precision()).isCloseTo(Fixtures.expected("pr.k3.precision"), within(1e-12));
    assertThat(r.recall()).isCloseTo(Fixtures.expected("pr.k3.recall"), within(1e-12));
  }

  @Test
  void densityCoverageMatchReference() {
    DensityCoverage.Result r = new DensityCoverage().compute(real, fake);
    assertThat(r.density()).isCloseTo(Fixtures.expected("dc.k5.density"), within(1e-12));
    assertThat(r.coverage()).isCloseTo(Fixtures.expected("dc.k5.coverage"), within(1e-12));
  }

  @Test
  void blockSizeDoesNotChangeTheResult() {
    // 7 does not divide either set size, so the last block is partial.
    PrecisionRecall.Result pr =
        new PrecisionRecall(new PrecisionRecall.Config(3, 7)).compute(real, fake);
    assertThat(pr).isEqualTo(new PrecisionRecall().compute(real, fake));
    DensityCoverage.Result dc =
        new DensityCoverage(new DensityCoverage.Config(5, 7)).compute(real, fake);
    assertThat(dc).isEqualTo(new DensityCoverage().compute(real, fake));
  }

  @Test
  void aSetAgainstItselfHasFullPrecisionRecallAndCoverage() {
    assertThat(new PrecisionRecall().compute(real, real))
        .isEqualTo(new PrecisionRecall.Result(1.0, 1.0));
    DensityCoverage.Result dc = new DensityCoverage().compute(real, real);
    // Each point's nearest "generated" point is itself, at distance 0 < radius.
    assertThat(dc.coverage()).isEqualTo(1.0);
    assertThat(dc.density()).isGreaterThan(0.5);
  }

  @Test
  void farAwaySamplesAreOutsideTheManifold() {
    double[][] shifted = fake.toArray();
    for (double[] row : shifted) {
      row[0] += 1000;
    }
    FeatureMatrix far = FeatureMatrix.of(shifted);
    assertThat(new PrecisionRecall().compute(real, far))
        .isEqualTo(new PrecisionRecall.Result(0, 0));
    assertThat(new DensityCoverage().compute(real, far))
        .isEqualTo(new DensityCoverage.Result(0, 0));
  }

  @Test
  void defaultsFollowThePapers() {
    assertThat(PrecisionRecall.Config.DEFAULT.k()).isEqualTo(3);
    assertThat(DensityCoverage.Config.DEFAULT.k()).isEqualTo(5);
  }

  @Test
  void needsMoreThanKSamples() {
    FeatureMatrix three = FeatureMatrix.of(new double[][] {{0, 0}, {1, 0}, {0, 1}});
    assertThatThrownBy(() -> new PrecisionRecall().compute(three, three))
        .hasMessageContaining("need more than k = 3 rows");
  }
}
