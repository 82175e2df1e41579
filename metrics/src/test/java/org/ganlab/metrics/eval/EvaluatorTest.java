package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  /** Something that holds a sampler, as a training run does. */
  record Holder(Sampler sampler) {}

  @Test
  void onScoresWhatItTakesFromTheSubjectAndKeepsTheNames() {
    GaussianMixture2D ring = GaussianMixture2D.ring8();
    MixtureEvaluator direct = new MixtureEvaluator(ring, new Seeds(1), 80);
    Evaluator<Holder> held = direct.on(Holder::sampler);
    FixedSampler centres =
        new FixedSampler(
            new int[] {2},
            0,
            i -> {
              double[] c = ring.centre(i % 8);
              return new float[] {(float) c[0], (float) c[1]};
            });

    assertThat(held.metrics()).isEqualTo(direct.metrics());
    assertThat(held.primaryMetric()).isEqualTo("modes_captured");
    assertThat(held.higherIsBetter()).isTrue();
    assertThat(held.enabled()).isTrue();
    assertThat(held.evaluate(new Holder(centres))).containsEntry("modes_captured", 8);
  }

  @Test
  void noneMeasuresNothing() {
    Evaluator<Object> none = Evaluator.none();
    assertThat(none.enabled()).isFalse();
    assertThat(none.metrics()).isEmpty();
    assertThat(none.evaluate("anything")).isEqualTo(Map.of());
  }
}
