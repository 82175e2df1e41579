package org.ganlab.metrics.eval;

import com.google.common.base.Suppliers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.UnpairedTranslation;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.TranslationError;
import org.ganlab.metrics.features.FashionClassifier;

/**
 * Scores an unpaired translator whose true mapping is the known transform T ({@link
 * UnpairedTranslation#transform}) on held-out domain-A images (the first {@code samples} of a set
 * the translator did not train on, such as the Fashion-MNIST test set), translated in chunks of
 * {@link Generation#CHUNK}:
 *
 * <ul>
 *   <li>{@code translation_error}: mean absolute error of G(a) against the true T(a), in the [-1,
 *       1] pixel units ({@link TranslationError}); primary, lower is better;
 *   <li>{@code label_preservation}: share of images whose classifier label of T^-1(G(a)) equals the
 *       classifier label of a. T^-1 maps G's output back to domain A, where the Fashion-MNIST
 *       classifier was trained (it cannot read inverted, flipped garments); comparing with the
 *       classifier's label of a rather than the true label makes a perfect translator score exactly
 *       1, whatever the classifier's own accuracy. T is an involution, so T^-1 = T;
 *   <li>{@code cycle_error}: mean absolute error of F(G(a)) against a.
 * </ul>
 *
 * The classifier is loaded on first use and freed by {@link #close()}.
 *
 * <p>Not thread-safe: it loads its classifier on first use and owns it until {@link #close()}; one
 * evaluation at a time.
 */
public final class TranslationEvaluator implements Evaluator<TranslationPair> {
  private final Supplier<ImageDataset> heldOut;
  private final int samples;
  private FashionClassifier classifier;

  /**
   * Scores translations of the first {@code samples} images of {@code heldOut} (domain A).
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
    this.heldOut = Suppliers.memoize(heldOut::get);
    this.samples = samples;
  }

  @Override
  public List<String> metrics() {
    return List.of("translation_error", "label_preservation", "cycle_error");
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
    int size = shape[0] * shape[1] * shape[2];
    int n = Math.min(samples, data.n());
    float[] a = firstImages(data, n);
    float[] ab = new float[n * size];
    float[] aba = new float[n * size];
    for (int from = 0; from < n; from += Generation.CHUNK) {
      int m = Math.min(Generation.CHUNK, n - from);
      float[] in = new float[m * size];
      System.arraycopy(a, from * size, in, 0, m * size);
      float[] g = translator.aToB().apply(in, m);
      System.arraycopy(g, 0, ab, from * size, m * size);
      System.arraycopy(translator.bToA().apply(g, m), 0, aba, from * size, m * size);
    }
    return score(a, ab, aba, new int[] {n, shape[0], shape[1], shape[2]});
  }

  /** The three metrics of translations {@code ab} = G(a) and cycles {@code aba} = F(G(a)). */
  private Map<String, Number> score(float[] a, float[] ab, float[] aba, int[] nhwc) {
    int n = nhwc[0];
    int size = a.length / n;
    float[] truth = UnpairedTranslation.transform(a, nhwc);
    double translation = error(ab, truth, size);
    double cycle = error(aba, a, size);
    int[] original = classifier.predict(new Batch(nhwc, a, null));
    int[] back = classifier.predict(new Batch(nhwc, UnpairedTranslation.transform(ab, nhwc), null));
    int same = 0;
    for (int i = 0; i < n; i++) {
      if (original[i] == back[i]) {
        same++;
      }
    }
    Map<String, Number> m = new LinkedHashMap<>();
    m.put("translation_error", translation);
    m.put("label_preservation", (double) same / n);
    m.put("cycle_error", cycle);
    return m;
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
