package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;

class MixtureEvaluatorTest {
  private final GaussianMixture2D grid = GaussianMixture2D.grid25();

  @Test
  void theExactCentresCaptureEveryMode() {
    FixedSampler centres =
        new FixedSampler(
            new int[] {2},
            0,
            i -> {
              double[] c = grid.centre(i % grid.numModes());
              return new float[] {(float) c[0], (float) c[1]};
            });
    Map<String, Number> m = new MixtureEvaluator(grid, new Seeds(0), 600).evaluate(centres);

    assertThat(m).containsExactly(Map.entry("modes_captured", 25), Map.entry("high_quality", 1.0));
    assertThat(centres.calls).extracting(FixedSampler.Call::n).containsExactly(500, 100);
  }

  @Test
  void pointsFarFromTheMixtureCaptureNothing() {
    FixedSampler far = new FixedSampler(new int[] {2}, 0, i -> new float[] {100f, 100f});
    assertThat(new MixtureEvaluator(grid, new Seeds(0), 50).evaluate(far))
        .containsExactly(Map.entry("modes_captured", 0), Map.entry("high_quality", 0.0));
  }

  @Test
  void oneModeOfTheRingIsOneCaptured() {
    GaussianMixture2D ring = GaussianMixture2D.ring8();
    double[] c = ring.centre(3);
    FixedSampler collapsed =
        new FixedSampler(new int[] {2}, 0, i -> new float[] {(float) c[0], (float) c[1]});
    MixtureEvaluator e = new MixtureEvaluator(ring, new Seeds(0), 100);
    assertThat(e.metrics()).containsExactly("modes_captured", "high_quality");
    assertThat(e.primaryMetric()).isEqualTo("modes_captured");
    assertThat(e.higherIsBetter()).isTrue();
    assertThat(e.evaluate(collapsed))
        .containsEntry("modes_captured", 1)
        .containsEntry("high_quality", 1.0);
  }
}
