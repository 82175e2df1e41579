package org.ganlab.core.train.cycle;

import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * Gaussian noise added to each translated batch before the other generator reconstructs it: the
 * cycle becomes F(G(a) + n) and G(F(b) + n), while the discriminators still judge the clean G(a)
 * and F(b). Where one domain holds less information than the other (an edge map has no shading),
 * cycle consistency rewards hiding the lost information in low-amplitude patterns of the
 * translation (Chu et al. 2017, "CycleGAN, a Master of Steganography"); noise of a larger amplitude
 * destroys such a code, so the reconstruction has to read what the translation visibly shows
 * (Bashkirova et al. 2019, "Adversarial Self-Defense for Cycle-Consistent GANs", section 3).
 *
 * <p>The noise is drawn from a trainer random stream, so a resumed run draws the same values. A
 * standard deviation of 0 ({@link #NONE}) adds nothing to the graph.
 *
 * @param stddev the noise's standard deviation, in the images' units ([-1, 1] pixels); 0 = off
 */
public record CycleNoise(double stddev) {
  /** No noise: the cycle reads the translation itself, as in the CycleGAN paper. */
  public static final CycleNoise NONE = new CycleNoise(0);

  /** The random stream of each direction's noise, e.g. "stream/a_to_b/cycle_noise". */
  public static final String STREAM = "cycle_noise";

  /** {@code cycle_noise}: the standard deviation, 0 for none. */
  public static final List<Hyperparameter<CycleNoise>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofDouble(
              "cycle_noise",
              0,
              10,
              "std of the Gaussian noise added to a translation before it is reconstructed"
                  + " (against hidden codes, Bashkirova et al. 2019; 0 = off)",
              CycleNoise::stddev,
              (n, s) -> new CycleNoise(s)));

  /**
   * Checks the standard deviation.
   *
   * @param stddev the noise's standard deviation, in the images' units; 0 = off
   */
  public CycleNoise {
    Checks.nonNegative("cycle noise stddev", stddev);
  }

  /** {@return whether this adds anything to the graph} */
  public boolean enabled() {
    return stddev > 0;
  }

  /**
   * {@return {@code translated} plus noise drawn from {@code seed}}
   *
   * @param tf the ops to build with
   * @param translated [b, ...] a translated batch; its shape must be static
   * @param seed a [2] int64 seed (a trainer random stream)
   */
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> translated, Operand<TInt64> seed) {
    // The static shape, not tf.shape(translated): a shape read from the translation would link
    // the draw to it, and the gradient would look for one through the random op.
    if (translated.shape().hasUnknownDimension()) {
      throw new IllegalArgumentException(
          "cycle noise needs a translation of static shape, got " + translated.shape());
    }
    Operand<TFloat32> n =
        tf.random.statelessRandomNormal(
            tf.constant(translated.shape().asArray()), seed, TFloat32.class);
    return tf.math.add(translated, tf.math.mul(n, tf.constant((float) stddev)));
  }
}
