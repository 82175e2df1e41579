package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.UnpairedTranslation;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.cycle.CycleGanFamily;
import org.ganlab.core.train.cycle.CycleGanModel;
import org.ganlab.core.train.cycle.CycleNoise;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.GraphDef;

/**
 * Noise on the cycle in the trainer, on narrow networks: a standard deviation of 0 builds the graph
 * without it; otherwise only the reconstructions read noisy translations, so the first
 * discriminator update (which sees the clean fakes) matches a run without noise while the cycle
 * term does not. (That a resumed run draws the same noise is in the experiments'
 * StabilizerResumeTest.)
 */
class CycleNoiseTrainingTest {
  private static final long SEED = 5;

  private static final UnpairedTranslation DATA =
      new UnpairedTranslation(TestData.FASHION.test(), new Seeds(SEED));

  private static final CycleGanPreset PRESET = TestData.TINY_CYCLE_GAN;

  private static List<StepRecord> train(CycleNoise noise, int steps) {
    List<StepRecord> out = new ArrayList<>();
    try (GanTrainer<CycleGanModel> t =
        GanTrainer.open(PRESET.family(DATA).withNoise(noise), PRESET.config(SEED))) {
      t.train(steps, (tr, r, nanos) -> out.add(r));
    }
    return out;
  }

  private static GraphDef spineGraph(CycleGanFamily family) {
    try (Graph g = new Graph()) {
      family.build(Ops.create(g), PRESET.config(SEED));
      return g.toGraphDef();
    }
  }

  @Test
  void onlyTheCycleReadsTheNoiseAndItIsSeeded() {
    assertThat(spineGraph(PRESET.family(DATA).withNoise(new CycleNoise(0))))
        .isEqualTo(spineGraph(PRESET.family(DATA)));
    List<StepRecord> plain = train(CycleNoise.NONE, 1);
    List<StepRecord> noisy = train(new CycleNoise(0.5), 1);
    assertThat(noisy.get(0).terms().get("discriminator_a"))
        .isEqualTo(plain.get(0).terms().get("discriminator_a"));
    assertThat(noisy.get(0).terms().get("discriminator_b"))
        .isEqualTo(plain.get(0).terms().get("discriminator_b"));
    assertThat(noisy.get(0).terms().get("adversarial_a_to_b"))
        .isEqualTo(plain.get(0).terms().get("adversarial_a_to_b"));
    assertThat(noisy.get(0).terms().get("cycle")).isNotEqualTo(plain.get(0).terms().get("cycle"));
  }
}
