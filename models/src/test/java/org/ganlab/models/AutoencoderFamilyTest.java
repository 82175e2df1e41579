package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.TrainerConfig;
import org.junit.jupiter.api.Test;

/**
 * The BiGAN's encoder and generator trained as a plain autoencoder reconstruct held-out images far
 * better after a few hundred steps, and the one-class anomaly score reads that reconstruction.
 */
class AutoencoderFamilyTest {
  private static final int HELD_OUT = 64;

  @Test
  void reconstructionErrorFallsAndScoresAreTheResidual() {
    Adam adam = new Adam(1e-3, 0.5, 0.999);
    AutoencoderFamily family =
        new AutoencoderFamily(
            new AliFamily(
                Ali.standard().withFilters(16).withLatentDim(32),
                TestData.FASHION.trainSource(new Seeds(3)),
                OptimizerPair.of(adam)));
    float[] x = TestData.FASHION.test().batchOf(IntStream.range(0, HELD_OUT).toArray()).values();
    try (GanTrainer<AliModel> t = GanTrainer.open(family, TrainerConfig.of(3).withBatchSize(32))) {
      AliInference inference = new AliInference(t);
      double before = meanAbs(x, inference.run(x, HELD_OUT).reconstructions());
      t.train(300, (tr, r, nanos) -> assertThat(r.firstNonFinite()).isNull());
      float[] rec = inference.run(x, HELD_OUT).reconstructions();
      double after = meanAbs(x, rec);
      System.out.printf("autoencoder: held-out reconstruction error %.3f -> %.3f%n", before, after);
      assertThat(after).isLessThan(0.5 * before);
      // alpha 1: the score is the mean absolute residual of each image.
      double[] scores =
          new AliAnomalyScorer(t, 1)
              .scores(TestData.FASHION.test().batchOf(IntStream.range(0, HELD_OUT).toArray()));
      double mean = 0;
      for (double s : scores) {
        mean += s / HELD_OUT;
      }
      assertThat(mean).isCloseTo(after, org.assertj.core.api.Assertions.within(1e-6));
    }
  }

  private static double meanAbs(float[] x, float[] rec) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += Math.abs(rec[i] - x[i]);
    }
    return sum / x.length;
  }
}
