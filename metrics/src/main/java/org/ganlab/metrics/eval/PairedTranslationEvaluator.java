package org.ganlab.metrics.eval;

import com.google.common.base.Suppliers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.ImageTransform;
import org.ganlab.core.data.PairedBatch;
import org.ganlab.core.data.PairedTranslation;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.ImageSimilarity;
import org.ganlab.metrics.features.FashionClassifier;

/**
 * Scores a paired translator (pix2pix-style, or a super-resolution network) on held-out pairs
 * (T(y), y): the first {@code samples} images y of a set the translator did not train on (such as
 * the Fashion-MNIST test set) and their inputs T(y) by the task's fixed transform T ({@link
 * PairedTranslation}), which may change the size (a downsampling). The outputs G(T(y)) are computed
 * in chunks of {@link Generation#CHUNK}, then:
 *
 * <ul>
 *   <li>{@code l1}: mean |G(x) - y| over every pixel, in [-1, 1] pixel units; primary, lower is
 *       better;
 *   <li>{@code psnr}: mean per-image PSNR in dB of G(x) against y, intensities in [0, 1] ({@link
 *       ImageSimilarity#psnr});
 *   <li>{@code ssim}: mean per-image SSIM, 11x11 Gaussian window of sigma 1.5, K1 = 0.01, K2 =
 *       0.03, data range 1 ({@link ImageSimilarity#ssim});
 *   <li>{@code fid}: FID of the outputs against the same true images in the feature space of the
 *       project's Fashion-MNIST classifier ({@link FashionClassifier}), so it measures whether the
 *       outputs look like real garments as a set;
 *   <li>{@code label_preservation}: share of outputs whose classifier label is the true label of y.
 * </ul>
 *
 * The held-out set must be labelled 28x28x1 images. The classifier and the true images' features
 * are loaded on first use and freed by {@link #close()}. Not thread-safe: one evaluation at a time.
 */
public final class PairedTranslationEvaluator implements Evaluator<ImageMapping> {
  private final Supplier<ImageDataset> heldOut;
  private final ImageTransform transform;
  private final int samples;
  private FashionClassifier classifier;
  private FeatureMatrix realFeatures;

  /**
   * Scores translations of the first {@code samples} pairs of {@code heldOut}.
   *
   * @param heldOut supplies the held-out images (the targets), called once on first use
   * @param transform T, from a target to its input
   * @param samples how many pairs are translated per evaluation, at least 2
   */
  public PairedTranslationEvaluator(
      Supplier<ImageDataset> heldOut, ImageTransform transform, int samples) {
    Objects.requireNonNull(heldOut, "heldOut");
    this.heldOut = Suppliers.memoize(heldOut::get);
    this.transform = Objects.requireNonNull(transform, "transform");
    if (samples < 2) {
      throw new IllegalArgumentException("need at least 2 samples for FID, got " + samples);
    }
    this.samples = samples;
  }

  @Override
  public List<String> metrics() {
    return List.of("l1", "psnr", "ssim", "fid", "label_preservation");
  }

  @Override
  public String primaryMetric() {
    return "l1";
  }

  @Override
  public boolean higherIsBetter() {
    return false;
  }

  /** {@return the held-out pairs this evaluator scores: inputs T(y) and targets y with labels} */
  public PairedBatch pairs() {
    ImageDataset data = heldOut.get();
    if (!data.hasLabels()) {
      throw new IllegalArgumentException(
          data.name() + " has no labels; label_preservation needs the true labels");
    }
    int n = Math.min(samples, data.n());
    return PairedTranslation.pairsOf(data, IntStream.range(0, n).toArray(), transform);
  }

  @Override
  public Map<String, Number> evaluate(ImageMapping translator) {
    PairedBatch pairs = pairs();
    Batch y = pairs.target();
    int n = y.size();
    int size = y.values().length / n;
    float[] x = pairs.input().values();
    // Inputs may be smaller than the outputs (super-resolution): each has its own size.
    int inSize = x.length / n;
    float[] out = new float[n * size];
    for (int from = 0; from < n; from += Generation.CHUNK) {
      int m = Math.min(Generation.CHUNK, n - from);
      float[] in = new float[m * inSize];
      System.arraycopy(x, from * inSize, in, 0, m * inSize);
      float[] g = translator.apply(in, m);
      if (g.length != m * size) {
        throw new IllegalArgumentException(
            "the translator returned " + g.length + " values for " + m + " images of " + size);
      }
      System.arraycopy(g, 0, out, from * size, m * size);
    }
    return score(out, y);
  }

  private Map<String, Number> score(float[] out, Batch y) {
    if (classifier == null) {
      classifier = FashionClassifier.pretrained();
      realFeatures = classifier.extract(y).features();
    }
    int[] shape = y.shape();
    int n = shape[0];
    double l1 = 0;
    float[] truth = y.values();
    for (int k = 0; k < truth.length; k++) {
      l1 += Math.abs(out[k] - (double) truth[k]);
    }
    var extracted = classifier.extract(new Batch(shape, out, null));
    int[] predicted = extracted.predictedClasses();
    int same = 0;
    for (int i = 0; i < n; i++) {
      if (predicted[i] == y.labels()[i]) {
        same++;
      }
    }
    Map<String, Number> m = new LinkedHashMap<>();
    m.put("l1", l1 / truth.length);
    m.put("psnr", ImageSimilarity.mean(ImageSimilarity.psnr(out, truth, shape)));
    m.put("ssim", ImageSimilarity.mean(ImageSimilarity.ssim(out, truth, shape)));
    m.put("fid", new FrechetInceptionDistance().distance(extracted.features(), realFeatures));
    m.put("label_preservation", (double) same / n);
    return m;
  }

  @Override
  public void close() {
    if (classifier != null) {
      classifier.close();
      classifier = null;
      realFeatures = null;
    }
  }
}
