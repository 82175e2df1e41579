package org.ganlab.models;

import org.ganlab.core.data.Batch;
import org.ganlab.core.train.AnomalyScorer;
import org.ganlab.core.train.GanTrainer;

/**
 * The BiGAN anomaly score of Zenati et al. 2018 ("Efficient GAN-based anomaly detection"), on a
 * BiGAN / ALI trained on normal images only: {@code A(x) = alpha * L_G(x) + (1 - alpha) * L_D(x)},
 * with the reconstruction residual {@code L_G(x) = |x - G(E(x))|_1} and the discriminator's
 * feature-matching residual {@code L_D(x) = |f(x, E(x)) - f(G(E(x)), E(x))|_1} (f: D's joint
 * features before its last layer). Both are means over their elements, so that the two terms have
 * comparable scales whatever the image and feature sizes. The paper's alpha is 0.9.
 *
 * <p>Builds its ops into the trainer's graph on construction: make one per trainer. Not
 * thread-safe.
 */
public final class AliAnomalyScorer implements AnomalyScorer {
  /** The weight of the reconstruction residual in Zenati et al. 2018. */
  public static final double PAPER_ALPHA = 0.9;

  private final AliInference inference;
  private final double alpha;

  /**
   * A scorer over the current weights of {@code trainer}.
   *
   * @param trainer an open ALI trainer
   * @param alpha the weight of the reconstruction residual, in [0, 1]
   */
  public AliAnomalyScorer(GanTrainer<AliModel> trainer, double alpha) {
    if (!(alpha >= 0 && alpha <= 1)) {
      throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
    }
    this.inference = new AliInference(trainer);
    this.alpha = alpha;
  }

  @Override
  public double[] scores(Batch examples) {
    int n = examples.size();
    AliInference.Result r = inference.run(examples.values(), n);
    float[] x = examples.values();
    int pixels = x.length / n;
    int units = r.features().length / n;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] =
          alpha * meanAbsDiff(x, r.reconstructions(), i * pixels, pixels)
              + (1 - alpha)
                  * meanAbsDiff(r.features(), r.reconstructionFeatures(), i * units, units);
    }
    return out;
  }

  private static double meanAbsDiff(float[] a, float[] b, int from, int length) {
    double sum = 0;
    for (int k = from; k < from + length; k++) {
      sum += Math.abs((double) a[k] - b[k]);
    }
    return sum / length;
  }
}
