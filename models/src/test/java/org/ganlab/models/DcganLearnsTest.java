package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.PixelScaling;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.losses.NonSaturatingLoss;
import org.junit.jupiter.api.Test;

/**
 * A short DCGAN training on Fashion-MNIST: the discriminator learns to separate real from generated
 * images, and generated images move toward the data.
 */
class DcganLearnsTest {
  private static final int STEPS = 150;

  @Test
  void discriminatorLearnsAndSamplesApproachTheData() {
    ImageDataset train = TestData.FASHION.train();
    DataSource data = TestData.FASHION.trainSource(new Seeds(3));
    float[] dataMean = pixelMean(train);
    Dcgan arch = Dcgan.standard().withFilters(32);
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<GanModel> t =
        new GanTrainer<>(
            arch, new NonSaturatingLoss(), data, TrainerConfig.of(3).withBatchSize(32))) {
      LatentSampler sampler = new LatentSampler(t, 0);
      long[] seed = new Seeds(3).pair("fixed-latent", 0);
      double before = meanAbsError(sampler.sample(seed, 256, null), dataMean);
      t.train(STEPS, (tr, r, nanos) -> records.add(r));
      double after = meanAbsError(sampler.sample(seed, 256, null), dataMean);

      double gapFirst = records.get(0).dReal() - records.get(0).dFake();
      double gapLate =
          records.subList(STEPS - 30, STEPS).stream()
              .mapToDouble(r -> r.dReal() - r.dFake())
              .average()
              .orElseThrow();
      assertThat(Math.abs(gapFirst)).isLessThan(0.3);
      assertThat(gapLate).isGreaterThan(0.3);
      // At init the tanh output sits near 0 (grey); the data mean is mostly dark background.
      assertThat(before).isGreaterThan(0.4);
      assertThat(after).isLessThan(0.6 * before);
      records.forEach(r -> assertThat(r.firstNonFinite()).isNull());
    }
  }

  private static float[] pixelMean(ImageDataset d) {
    float[] mean = new float[784];
    float[] buf = new float[784];
    for (int i = 0; i < d.n(); i++) {
      PixelScaling.writeScaled(d, i, buf, 0);
      for (int p = 0; p < 784; p++) {
        mean[p] += buf[p] / d.n();
      }
    }
    return mean;
  }

  /** Mean over pixels of |mean over samples - data mean|. */
  private static double meanAbsError(float[] samples, float[] dataMean) {
    int n = samples.length / 784;
    double err = 0;
    for (int p = 0; p < 784; p++) {
      double m = 0;
      for (int i = 0; i < n; i++) {
        m += samples[i * 784 + p];
      }
      err += Math.abs(m / n - dataMean[p]);
    }
    return err / 784;
  }
}
