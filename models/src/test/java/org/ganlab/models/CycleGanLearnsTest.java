package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.UnpairedBatch;
import org.ganlab.core.data.UnpairedTranslation;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.cycle.CycleGanModel;
import org.ganlab.core.train.cycle.Translator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CycleGAN preset (LSGAN + cycle 10 + identity 5, Adam(2e-4, 0.5)) on unpaired Fashion-MNIST
 * domains (B = inverted and flipped images), with narrow networks and batches of 4: the cycle loss
 * falls, translation keeps the shape, and a run resumed from a checkpoint continues exactly like an
 * uninterrupted one.
 *
 * <p>One test method on purpose: building the graph (two generators applied three times each, two
 * discriminators, second-order-free but long gradient chains) and its first run take most of the
 * time, so the uninterrupted run doubles as the learning run.
 */
class CycleGanLearnsTest {
  private static final int STEPS = 80;
  private static final int SAVED_AT = 2;

  @Test
  void cycleLossFallsAndResumeContinuesExactly(@TempDir Path dir) {
    UnpairedTranslation data = new UnpairedTranslation(TestData.FASHION.test(), new Seeds(13));
    CycleGanPreset preset =
        CycleGan.standard()
            .withGeneratorFilters(8)
            .withDiscriminatorFilters(8)
            .withResidualBlocks(1)
            .training()
            .withBatchSize(4);
    Path ckpt = dir.resolve("step-000002");
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<CycleGanModel> t = preset.trainer(data, 13)) {
      t.train(SAVED_AT, (tr, r, nanos) -> records.add(r));
      t.save(ckpt);
      t.train(STEPS - SAVED_AT, (tr, r, nanos) -> records.add(r));
      UnpairedBatch batch = data.batch(1000, 3);
      assertThat(new Translator(t).translateAToB(batch.a().values(), 3)).hasSize(3 * 28 * 28);
      assertThat(new Translator(t).translateBToA(batch.b().values(), 3)).hasSize(3 * 28 * 28);
    }
    assertThat(records)
        .allSatisfy(
            r -> {
              assertThat(r.firstNonFinite()).isNull();
              assertThat(r.terms())
                  .containsKeys(
                      "adversarial_a_to_b",
                      "adversarial_b_to_a",
                      "cycle",
                      "identity",
                      "discriminator_a",
                      "discriminator_b");
            });
    double early = cycle(records.subList(0, 5));
    double late = cycle(records.subList(STEPS - 10, STEPS));
    System.out.printf("CycleGAN: cycle loss %.3f -> %.3f%n", early, late);
    assertThat(late).isLessThan(0.6 * early);

    List<StepRecord> resumed = new ArrayList<>();
    try (GanTrainer<CycleGanModel> t = preset.trainer(data, 13)) {
      t.restore(ckpt);
      assertThat(t.step()).isEqualTo(SAVED_AT);
      t.train(2, (tr, r, nanos) -> resumed.add(r));
      assertThat(t.checkpointVariables())
          .anyMatch(v -> v.startsWith("generator_a_to_b/"))
          .anyMatch(v -> v.startsWith("discriminator_b/"))
          .contains("global_step");
    }
    assertThat(resumed).isEqualTo(records.subList(SAVED_AT, SAVED_AT + 2));
  }

  private static double cycle(List<StepRecord> rs) {
    return rs.stream().mapToDouble(r -> r.terms().get("cycle")).average().orElseThrow();
  }
}
