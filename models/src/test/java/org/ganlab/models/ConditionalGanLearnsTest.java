package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.PixelScaling;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.StepRecord;
import org.junit.jupiter.api.Test;
import org.tensorflow.Result;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * Conditional presets on Fashion-MNIST (narrow networks, batches of 32): the generator's samples
 * depend on the requested label in the right way, and the AC-GAN classifier head learns the real
 * classes.
 *
 * <p>"Right way" is judged by a nearest-class-mean classifier on pixels: a sample asked for class k
 * counts as a hit when the mean real image of class k is its nearest class mean. That classifier is
 * crude (about 0.68 accuracy on real images), but at initialization the generator scores chance
 * (0.1), so a clear rise means the label steers the samples toward the class. Comparing the sample
 * means of different labels would not do: the label code shifts the generator's input, so even an
 * untrained generator's samples differ by label.
 */
class ConditionalGanLearnsTest {
  private static final int K = 10;
  private static final int PER_LABEL = 50;
  private static final int BATCH = 32;
  private static final FashionMnist DATA = TestData.FASHION;
  private static float[][] centroids;

  private static synchronized float[][] centroids() {
    if (centroids == null) {
      centroids = classMeans(DATA.train());
    }
    return centroids;
  }

  @Test
  void concatenationSamplesFollowTheLabel() {
    TrainingPreset p =
        ConditionalGan.concat(K).withFilters(16).withLatentDim(32).training().withBatchSize(BATCH);
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<GanModel> t = p.trainer(DATA.trainSource(new Seeds(7)), 7)) {
      double before = centroidAccuracy(t, centroids());
      t.train(300, (tr, r, nanos) -> records.add(r));
      double after = centroidAccuracy(t, centroids());
      System.out.printf("concat cGAN: label accuracy %.3f -> %.3f%n", before, after);
      assertThat(before).isLessThan(0.13);
      assertThat(after).isGreaterThan(0.15);
    }
    assertThat(records).allSatisfy(r -> assertThat(r.firstNonFinite()).isNull());
  }

  @Test
  void projectionTrainsWithItsRecipe() {
    // The paper's recipe (hinge loss, n_critic 5, Adam(2e-4, 0, 0.9)), narrow networks.
    TrainingPreset p =
        ConditionalGan.projection(K)
            .withFilters(16)
            .withLatentDim(32)
            .training()
            .withBatchSize(BATCH);
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<GanModel> t = p.trainer(DATA.trainSource(new Seeds(8)), 8)) {
      assertThat(t.config().nCritic()).isEqualTo(5);
      double before = centroidAccuracy(t, centroids());
      t.train(120, (tr, r, nanos) -> records.add(r));
      double after = centroidAccuracy(t, centroids());
      System.out.printf("projection cGAN: label accuracy %.3f -> %.3f%n", before, after);
      assertThat(after).isGreaterThan(0.15);
    }
    assertThat(records).allSatisfy(r -> assertThat(r.firstNonFinite()).isNull());
  }

  @Test
  void acganClassifiesRealDataAndSamplesFollowTheLabel() {
    TrainingPreset p =
        ConditionalGan.acgan(K).withFilters(16).withLatentDim(32).training().withBatchSize(BATCH);
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<GanModel> t = p.trainer(DATA.trainSource(new Seeds(9)), 9)) {
      double classifierBefore = realAccuracy(t);
      double before = centroidAccuracy(t, centroids());
      t.train(300, (tr, r, nanos) -> records.add(r));
      double classifierAfter = realAccuracy(t);
      double after = centroidAccuracy(t, centroids());
      System.out.printf(
          "AC-GAN: classifier on test images %.3f -> %.3f, label accuracy of "
              + "samples %.3f -> %.3f%n",
          classifierBefore, classifierAfter, before, after);
      assertThat(classifierAfter).isGreaterThan(0.5);
      assertThat(after).isGreaterThan(0.4);
    }
    assertThat(records)
        .allSatisfy(
            r -> {
              assertThat(r.firstNonFinite()).isNull();
              assertThat(r.terms()).containsKey("auxiliary_classifier");
            });
  }

  /** Accuracy of D's class logits on 4 batches of held-out test images. */
  private static double realAccuracy(GanTrainer<GanModel> t) {
    ImageDataset test = DATA.test();
    GanModel m = t.model();
    int hits = 0;
    int total = 0;
    for (int k = 0; k < 4; k++) {
      int[] idx = new int[BATCH];
      for (int i = 0; i < BATCH; i++) {
        idx[i] = k * BATCH + i;
      }
      Batch batch = test.batchOf(idx);
      try (TFloat32 x =
              TFloat32.tensorOf(
                  Shape.of(BATCH, 28, 28, 1), DataBuffers.of(batch.values(), true, false));
          Result r =
              t.session().runner().feed(m.realData(), x).fetch(m.onReal().classLogits()).run()) {
        TFloat32 logits = (TFloat32) r.get(0);
        for (int i = 0; i < BATCH; i++) {
          int best = 0;
          for (int c = 1; c < K; c++) {
            if (logits.getFloat(i, c) > logits.getFloat(i, best)) {
              best = c;
            }
          }
          hits += best == batch.labels()[i] ? 1 : 0;
          total++;
        }
      }
    }
    return hits / (double) total;
  }

  /** Share of samples whose nearest real class mean is the class they were asked for. */
  static double centroidAccuracy(GanTrainer<GanModel> t, float[][] centroids) {
    int[] labels = new int[K * PER_LABEL];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i / PER_LABEL;
    }
    float[] x =
        new LatentSampler(t, 10).sample(new Seeds(1).pair("eval", 0), labels.length, labels);
    int hits = 0;
    for (int i = 0; i < labels.length; i++) {
      if (nearest(x, i * 784, centroids) == labels[i]) {
        hits++;
      }
    }
    return hits / (double) labels.length;
  }

  static int nearest(float[] x, int off, float[][] centroids) {
    int best = -1;
    double bestD = Double.MAX_VALUE;
    for (int k = 0; k < centroids.length; k++) {
      double d = 0;
      for (int p = 0; p < 784; p++) {
        double diff = x[off + p] - centroids[k][p];
        d += diff * diff;
      }
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    return best;
  }

  static float[][] classMeans(ImageDataset d) {
    float[][] mean = new float[K][784];
    int[] count = new int[K];
    float[] buf = new float[784];
    for (int i = 0; i < d.n(); i++) {
      int y = d.label(i);
      PixelScaling.writeScaled(d, i, buf, 0);
      count[y]++;
      for (int p = 0; p < 784; p++) {
        mean[y][p] += buf[p];
      }
    }
    for (int k = 0; k < K; k++) {
      for (int p = 0; p < 784; p++) {
        mean[k][p] /= count[k];
      }
    }
    return mean;
  }
}
