package org.ganlab.metrics.eval;

import com.google.common.base.Suppliers;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.InvertAndMirror;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.TranslationError;
import org.ganlab.metrics.features.ExtractedFeatures;
import org.ganlab.metrics.features.FashionClassifier;

/**
 * Scores an unpaired translator whose true mapping T from domain A to domain B is known ({@link
 * TranslationTruth}) on held-out domain-A images (the first {@code samples} of a set the translator
 * did not train on, such as the Fashion-MNIST test set), translated in chunks of {@link
 * Generation#CHUNK}:
 *
 * <ul>
 *   <li>{@code translation_error}: mean absolute error of G(a) against the true T(a), in the [-1,
 *       1] pixel units ({@link TranslationError}); primary, lower is better;
 *   <li>{@code label_preservation}: share of images whose classifier label of a garment made by the
 *       translator equals the classifier label of a: T^-1(G(a)) where T is an involution (the
 *       Fashion-MNIST classifier cannot read inverted, flipped garments), F(T(a)) where domain A
 *       holds the garments (edges or colour to grayscale). Comparing with the classifier's label of
 *       a rather than the true label makes a perfect translator score exactly 1, whatever the
 *       classifier's own accuracy;
 *   <li>{@code cycle_error}: mean absolute error of F(G(a)) against a;
 *   <li>{@code translation_error_ba}: mean absolute error of F(T(a)) against a, the other direction
 *       against its truth (held-out domain-B images are T of the held-out garments);
 *   <li>{@code fid_ba}: FID of the garments F(T(a)) against the same real garments a, in the
 *       feature space of the project's Fashion-MNIST classifier, exactly as {@link
 *       PairedTranslationEvaluator}'s {@code fid} scores pix2pix's garments: whether they look like
 *       real garments as a set, which a pixel error against one true answer cannot say where the
 *       answer is not unique (an edge map does not fix the shading).
 * </ul>
 *
 * Only the direction that makes garments has an FID: the classifier's features describe garments,
 * not edge maps, colour images or inverted mirror images, and {@code translation_error} measures
 * that direction against its truth. The classifier and the real garments' features are computed on
 * first use; {@link #close()} frees the classifier.
 *
 * <p>Not thread-safe: it loads its classifier on first use and owns it until {@link #close()}; one
 * evaluation at a time.
 */
public final class TranslationEvaluator implements Evaluator<TranslationPair> {
  private final Supplier<ImageDataset> heldOut;
  private final TranslationTruth truth;
  private final int samples;
  private FashionClassifier classifier;
  private ExtractedFeatures real;

  /**
   * Scores translations of the first {@code samples} images of {@code heldOut} (domain A) on the
   * invert-and-mirror task ({@link InvertAndMirror}).
   *
   * @param heldOut the held-out domain-A images
   * @param samples how many of them are translated per evaluation
   */
  public TranslationEvaluator(ImageDataset heldOut, int samples) {
    this(() -> heldOut, samples);
  }

  /**
   * As above, with the held-out set loaded on first use.
   *
   * @param heldOut supplies the held-out domain-A images, called once on first use
   * @param samples how many of them are translated per evaluation
   */
  public TranslationEvaluator(Supplier<ImageDataset> heldOut, int samples) {
    this(heldOut, TranslationTruth.involution(new InvertAndMirror()), samples);
  }

  /**
   * Scores translations of the first {@code samples} images of {@code heldOut} against {@code
   * truth}.
   *
   * @param heldOut supplies the held-out domain-A images, called once on first use
   * @param truth the task's true mapping and label readout
   * @param samples how many of them are translated per evaluation
   */
  public TranslationEvaluator(Supplier<ImageDataset> heldOut, TranslationTruth truth, int samples) {
    this.heldOut = Suppliers.memoize(heldOut::get);
    this.truth = Objects.requireNonNull(truth, "truth");
    this.samples = samples;
  }

  @Override
  public List<String> metrics() {
    return List.of(
        "translation_error", "label_preservation", "cycle_error", "translation_error_ba", "fid_ba");
  }

  @Override
  public String primaryMetric() {
    return "translation_error";
  }

  @Override
  public boolean higherIsBetter() {
    return false;
  }

  @Override
  public Map<String, Number> evaluate(TranslationPair translator) {
    if (classifier == null) {
      classifier = FashionClassifier.pretrained();
    }
    ImageDataset data = heldOut.get();
    int[] shape = data.shape();
    int n = Math.min(samples, data.n());
    int[] nhwcA = {n, shape[0], shape[1], shape[2]};
    int[] shapeB = truth.aToB().outputShape(shape);
    int[] nhwcB = {n, shapeB[0], shapeB[1], shapeB[2]};
    int sizeA = shape[0] * shape[1] * shape[2];
    int sizeB = shapeB[0] * shapeB[1] * shapeB[2];
    float[] a = firstImages(data, n);
    float[] b = truth.aToB().apply(a, nhwcA);
    float[] ab = map(translator.aToB(), a, n, sizeA, sizeB);
    float[] aba = map(translator.bToA(), ab, n, sizeB, sizeA);
    float[] ba = map(translator.bToA(), b, n, sizeB, sizeA);
    if (real == null) {
      // The held-out garments are the same at every evaluation: classified once.
      real = classifier.extract(new Batch(nhwcA, a, null));
    }
    int[] original = real.predictedClasses();
    ExtractedFeatures made = classifier.extract(new Batch(nhwcA, ba, null));
    // F(T(a)) is the garment read back where domain A holds them; T^-1(G(a)) for an involution.
    int[] back =
        truth.inverse() == null
            ? made.predictedClasses()
            : classifier.predict(new Batch(nhwcA, truth.inverse().apply(ab, nhwcB), null));
    int same = 0;
    for (int i = 0; i < n; i++) {
      if (original[i] == back[i]) {
        same++;
      }
    }
    Map<String, Number> m = new LinkedHashMap<>();
    m.put("translation_error", error(ab, b, sizeB));
    m.put("label_preservation", (double) same / n);
    m.put("cycle_error", error(aba, a, sizeA));
    m.put("translation_error_ba", error(ba, a, sizeA));
    m.put("fid_ba", new FrechetInceptionDistance().distance(made.features(), real.features()));
    return m;
  }

  /** {@code g} of {@code n} images of {@code inSize} values each, in chunks of the CHUNK. */
  private static float[] map(ImageMapping g, float[] in, int n, int inSize, int outSize) {
    float[] out = new float[n * outSize];
    for (int from = 0; from < n; from += Generation.CHUNK) {
      int m = Math.min(Generation.CHUNK, n - from);
      float[] chunk = Arrays.copyOfRange(in, from * inSize, (from + m) * inSize);
      System.arraycopy(g.apply(chunk, m), 0, out, from * outSize, m * outSize);
    }
    return out;
  }

  /** Mean absolute error of {@code x} against {@code truth}, rows of {@code size} values. */
  static double error(float[] x, float[] truth, int size) {
    int n = truth.length / size;
    return new TranslationError()
        .compute(FeatureMatrix.ofRowMajor(n, size, x), FeatureMatrix.ofRowMajor(n, size, truth))
        .meanAbsoluteError();
  }

  /** The first {@code n} images of {@code data}, NHWC. */
  static float[] firstImages(ImageDataset data, int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return data.batchOf(all).values();
  }

  @Override
  public void close() {
    if (classifier != null) {
      classifier.close();
      classifier = null;
    }
  }
}
