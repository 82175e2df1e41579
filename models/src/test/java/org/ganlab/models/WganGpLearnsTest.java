package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.junit.jupiter.api.Test;

/**
 * The WGAN-GP preset (Wasserstein loss, gradient penalty 10, n_critic 5, Adam(1e-4, 0, 0.9)) on
 * Fashion-MNIST with a narrow critic: every value stays finite and the critic's Wasserstein
 * estimate E[D(x)] - E[D(G(z))] = -(d_loss - gradient_penalty) grows from about 0 as the critic
 * learns to tell the data from the untrained generator.
 */
class WganGpLearnsTest {
  private static final int STEPS = 50;

  @Test
  void criticEstimateGrows() {
    TrainingPreset preset =
        WganGp.standard().withFilters(8).withLatentDim(32).training().withBatchSize(16);
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<GanModel> t = preset.trainer(TestData.FASHION.trainSource(new Seeds(11)), 11)) {
      assertThat(t.config().nCritic()).isEqualTo(5);
      t.train(STEPS, (tr, r, nanos) -> records.add(r));
    }
    assertThat(records)
        .allSatisfy(
            r -> {
              assertThat(r.firstNonFinite()).isNull();
              assertThat(r.terms()).containsKey("gradient_penalty");
            });
    double early = wasserstein(records.subList(0, 3));
    double late = wasserstein(records.subList(STEPS - 10, STEPS));
    System.out.printf("WGAN-GP: Wasserstein estimate %.3f -> %.3f%n", early, late);
    assertThat(late).isGreaterThan(early + 0.5);
  }

  private static double wasserstein(List<StepRecord> rs) {
    return rs.stream()
        .mapToDouble(r -> -(r.discriminatorLoss() - r.terms().get("gradient_penalty")))
        .average()
        .orElseThrow();
  }
}
