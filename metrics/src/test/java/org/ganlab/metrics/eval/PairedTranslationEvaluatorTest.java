package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.IntStream;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.PairedBatch;
import org.ganlab.core.data.PairedTranslation;
import org.ganlab.core.data.SobelEdges;
import org.ganlab.metrics.ImageSimilarity;
import org.ganlab.metrics.features.FashionClassifier;
import org.junit.jupiter.api.Test;

/**
 * The reference rows of the edges-to-garment task on the first 600 test images: the edge map itself
 * (the floor) and the true images (the ceiling), scored by the evaluator that scores trained
 * translators.
 */
class PairedTranslationEvaluatorTest {
  private static final ImageDataset TEST = FashionMnist.embedded().test();
  private static final int SAMPLES = 600;

  @Test
  void edgeMapIsTheFloorAndTheTruthTheCeiling() {
    SobelEdges sobel = SobelEdges.standard();
    Map<String, Number> identity =
        PairedTranslationBaselines.scoreIdentity(() -> TEST, sobel, SAMPLES);
    Map<String, Number> truth = PairedTranslationBaselines.scoreTruth(() -> TEST, sobel, SAMPLES);
    System.out.println("edge map: " + identity + "\ntruth: " + truth);
    assertThat(identity.keySet())
        .containsExactly("l1", "psnr", "ssim", "fid", "label_preservation");

    // The identity row's pixel metrics by hand from the same pairs.
    PairedBatch pairs =
        PairedTranslation.pairsOf(TEST, IntStream.range(0, SAMPLES).toArray(), sobel);
    float[] x = pairs.input().values();
    float[] y = pairs.target().values();
    double l1 = 0;
    for (int k = 0; k < x.length; k++) {
      l1 += Math.abs(x[k] - y[k]);
    }
    int[] shape = pairs.target().shape();
    assertThat(identity.get("l1").doubleValue()).isCloseTo(l1 / x.length, within(1e-9));
    assertThat(identity.get("psnr").doubleValue())
        .isEqualTo(ImageSimilarity.mean(ImageSimilarity.psnr(x, y, shape)));
    assertThat(identity.get("ssim").doubleValue())
        .isEqualTo(ImageSimilarity.mean(ImageSimilarity.ssim(x, y, shape)));

    // The truth: perfect pixels, FID 0, labels as well kept as the classifier reads them.
    assertThat(truth.get("l1").doubleValue()).isZero();
    assertThat(truth.get("psnr").doubleValue()).isEqualTo(ImageSimilarity.MAX_PSNR);
    assertThat(truth.get("ssim").doubleValue()).isCloseTo(1, within(1e-12));
    assertThat(truth.get("fid").doubleValue()).isCloseTo(0, within(1e-6));
    double accuracy;
    try (FashionClassifier c = FashionClassifier.pretrained()) {
      int[] predicted = c.predict(new Batch(shape, y, null));
      accuracy =
          (double) IntStream.range(0, SAMPLES).filter(i -> predicted[i] == TEST.label(i)).count()
              / SAMPLES;
    }
    assertThat(truth.get("label_preservation").doubleValue()).isEqualTo(accuracy);

    // The edge map is far from the truth. Measured: l1 0.685, psnr 6.13, ssim 0.026, fid 71.8,
    // label_preservation 0.402 (the classifier's accuracy on the true images: 0.913).
    assertThat(identity.get("l1").doubleValue()).isCloseTo(0.685, within(0.01));
    assertThat(identity.get("psnr").doubleValue()).isCloseTo(6.13, within(0.05));
    assertThat(identity.get("ssim").doubleValue()).isLessThan(0.1);
    assertThat(identity.get("fid").doubleValue()).isGreaterThan(40);
    assertThat(identity.get("label_preservation").doubleValue()).isLessThan(accuracy - 0.3);
  }
}
