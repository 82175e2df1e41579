package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanFamily;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.junit.jupiter.api.Test;

/**
 * ALICE's reconstruction term: the generator loss is the BiGAN's plus the weighted squared error of
 * G(E(x)), and with it E and G reconstruct held-out images far better than the BiGAN after the same
 * steps.
 */
class AliceFamilyTest {
  private static final int STEPS = 300;
  private static final int HELD_OUT = 64;
  private static final double WEIGHT = 10;

  private static final AliFamily BIGAN =
      new AliFamily(
          Ali.standard().withFilters(16).withLatentDim(32),
          TestData.FASHION.trainSource(new Seeds(4)),
          OptimizerPair.of(new Adam(2e-4, 0.5, 0.999)));
  private static final TrainerConfig CONFIG = TrainerConfig.of(4).withBatchSize(32);

  @Test
  void generatorLossIsTheBiGansPlusTheWeightedReconstructionError() {
    StepRecord bigan = train(BIGAN, 1, null).get(0);
    StepRecord alice = train(new AliceFamily(BIGAN, WEIGHT), 1, null).get(0);
    // Same weights, data and streams before the first updates: D's step is the BiGAN's.
    assertThat(alice.discriminatorLoss()).isEqualTo(bigan.discriminatorLoss());
    assertThat(alice.dReal()).isEqualTo(bigan.dReal());
    float reconstruction = alice.terms().get("reconstruction");
    assertThat(reconstruction).isPositive();
    assertThat((double) alice.generatorLoss() - WEIGHT * reconstruction)
        .isCloseTo(bigan.generatorLoss(), within(1e-5));
  }

  @Test
  void reconstructsHeldOutImagesBetterThanTheBiGan() {
    float[] x = TestData.FASHION.test().batchOf(IntStream.range(0, HELD_OUT).toArray()).values();
    double[] bigan = new double[1];
    double[] alice = new double[1];
    train(BIGAN, STEPS, t -> bigan[0] = heldOutError(t, x));
    List<StepRecord> records =
        train(new AliceFamily(BIGAN, WEIGHT), STEPS, t -> alice[0] = heldOutError(t, x));
    System.out.printf(
        "held-out |x - G(E(x))| after %d steps: BiGAN %.3f, ALICE %.3f%n",
        STEPS, bigan[0], alice[0]);
    assertThat(records).allSatisfy(r -> assertThat(r.firstNonFinite()).isNull());
    assertThat(records.get(STEPS - 1).terms().get("reconstruction"))
        .isLessThan(0.5f * records.get(0).terms().get("reconstruction"));
    assertThat(alice[0]).isLessThan(0.7 * bigan[0]);
  }

  @Test
  void refusesAWeightThatIsNotPositive() {
    assertThatThrownBy(() -> new AliceFamily(BIGAN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reconstructionWeight");
  }

  @Test
  void refusesAGeneratorEmaNamingTheFamily() {
    assertThatThrownBy(() -> GanTrainer.open(BIGAN, CONFIG.withEmaDecay(0.999)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the ALI family has no generator EMA; emaDecay must be 0, got 0.999");
  }

  private static List<StepRecord> train(
      GanFamily<AliModel> family,
      int steps,
      java.util.function.Consumer<GanTrainer<AliModel>> after) {
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<AliModel> t = GanTrainer.open(family, CONFIG)) {
      t.train(steps, (tr, r, nanos) -> records.add(r));
      if (after != null) {
        after.accept(t);
      }
    }
    return records;
  }

  private static double heldOutError(GanTrainer<AliModel> t, float[] x) {
    float[] rec = new AliInference(t).run(x, HELD_OUT).reconstructions();
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += Math.abs(rec[i] - x[i]);
    }
    return sum / x.length;
  }
}
