package org.ganlab.losses;

import org.ganlab.core.config.Checks;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.Regularizer;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

/**
 * The DRAGAN penalty (Kodali et al. 2017, "On Convergence and Stability of GANs", section 4), a
 * discriminator term that keeps D's gradient norm near 1 in a neighbourhood of the real data, as
 * the authors' reference implementation (github.com/kodalinaveen3/DRAGAN) computes it:
 *
 * <pre>
 * s     = std(x)                                  one scalar: population std of every element of the batch
 * x_p   = x + c * s * u,      u ~ U[0, 1)         per element, c = 0.5
 * x_hat = x + alpha * (x_p - x), alpha ~ U[0, 1)  per example
 * DRAGAN = lambda * E[(|grad_x D(x_hat)|_2 - 1)^2],  lambda = 10
 * </pre>
 *
 * <p>The paper writes the perturbation as x + delta with delta ~ N(0, cI); the released code (and
 * the ports that reproduce its results) use the uniform, data-scaled noise above, which is what
 * this class follows. u and alpha come from the {@value #NOISE_STREAM} and {@value
 * #INTERPOLATION_STREAM} random streams. The norm has {@link InputGradients#NORM_EPSILON} inside
 * the square root, as in {@link GradientPenalty}.
 *
 * @param lambda the weight (10 in the paper)
 * @param noiseScale c, the noise amplitude in units of the batch's std (0.5 in the code)
 */
public record DraganPenalty(double lambda, double noiseScale) implements Regularizer {
  /** Stream of the per-element noise u. */
  public static final String NOISE_STREAM = "dragan_noise";

  /** Stream of the per-example interpolation weight alpha. */
  public static final String INTERPOLATION_STREAM = "dragan_interpolation";

  /**
   * Checks the hyperparameters.
   *
   * @param lambda the weight (10 in the paper); finite and at least 0
   * @param noiseScale c, the noise amplitude in units of the batch's std (0.5 in the code); finite
   *     and at least 0
   * @throws IllegalArgumentException if either is negative or not finite
   */
  public DraganPenalty {
    Checks.nonNegative("DRAGAN lambda", lambda);
    Checks.nonNegative("DRAGAN noise scale", noiseScale);
  }

  /** lambda = 10, c = 0.5. */
  public DraganPenalty() {
    this(10, 0.5);
  }

  @Override
  public Terms build(Ops tf, GanModel model) {
    Ops scope = tf.withSubScope(name());
    Operand<TFloat32> points =
        perturb(
            scope,
            model.realData(),
            noiseScale,
            model.streams().seed(NOISE_STREAM),
            model.streams().seed(INTERPOLATION_STREAM));
    Operand<TFloat32> scores =
        model
            .discriminator()
            .discriminate(points, model.labels(), Mode.TRAINING_WITHOUT_UPDATES)
            .logits();
    Operand<TFloat32> penalty = GradientPenalty.penalty(scope, scores, points, false);
    return Terms.discriminator(
        scope.withName("weighted").math.mul(Reductions.scalar(scope, lambda, penalty), penalty));
  }

  /**
   * {@return x_hat = x + alpha * c * std(x) * u: the perturbed real batch (gradients stopped at x)}
   *
   * @param <T> the floating-point type of the batch
   * @param tf the ops the perturbation is built with
   * @param real x, the real batch [b, ...]
   * @param noiseScale c, the noise amplitude in units of the batch's std
   * @param noiseSeed seed of u ~ U[0, 1), one value per element
   * @param alphaSeed seed of alpha ~ U[0, 1), one value per example
   */
  public static <T extends TFloating> Operand<T> perturb(
      Ops tf,
      Operand<T> real,
      double noiseScale,
      Operand<TInt64> noiseSeed,
      Operand<TInt64> alphaSeed) {
    Operand<T> x = tf.stopGradient(real);
    Operand<T> mean = Reductions.mean(tf, x);
    Operand<T> std = tf.math.sqrt(Reductions.mean(tf, tf.math.squaredDifference(x, mean)));
    Operand<T> u = tf.random.statelessRandomUniform(tf.shape(x), noiseSeed, x.type());
    Operand<T> delta = tf.math.mul(tf.math.mul(Reductions.scalar(tf, noiseScale, x), std), u);
    Operand<T> alpha = InputGradients.uniformPerExample(tf, x, alphaSeed);
    return tf.math.add(x, tf.math.mul(alpha, delta));
  }

  @Override
  public String name() {
    return "dragan_penalty";
  }
}
