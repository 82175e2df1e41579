package org.ganlab.losses;

import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.Regularizer;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

/**
 * The WGAN gradient penalty (Gulrajani et al. 2017, "Improved Training of Wasserstein GANs",
 * algorithm 1), a discriminator term:
 *
 * <pre>
 * x_hat = eps * x + (1 - eps) * G(z),   eps ~ U[0, 1) per example
 * two-sided:  lambda * E[(|grad_x D(x_hat)|_2 - 1)^2]
 * one-sided:  lambda * E[max(0, |grad_x D(x_hat)|_2 - 1)^2]
 * </pre>
 *
 * <p>The penalty softly enforces the 1-Lipschitz constraint of the Wasserstein critic along lines
 * between real and generated samples. The one-sided variant (section 4 and appendix of the paper;
 * Petzka et al. 2018, "On the regularization of Wasserstein GANs") only penalizes slopes above 1.
 * eps comes from the {@value #STREAM} random stream, so the interpolates are a pure function of the
 * run's seed and the update index. The norm is taken per example over all non-batch axes, with
 * {@link InputGradients#NORM_EPSILON} inside the square root (see there why). The interpolates are
 * data: no gradient flows from the penalty into the generator. The critic must not use batch
 * statistics (batch norm couples the examples the penalty treats separately): use layer norm or
 * none, as the paper does.
 *
 * @param lambda the weight (10 in the paper)
 * @param oneSided penalize only slopes above 1
 */
public record GradientPenalty(double lambda, boolean oneSided) implements Regularizer {
  /** {@code gp_lambda}: the penalty's weight. */
  public static final List<Hyperparameter<GradientPenalty>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofDouble(
              "gp_lambda",
              0,
              1e6,
              "gradient penalty weight",
              GradientPenalty::lambda,
              (gp, lambda) -> new GradientPenalty(lambda, gp.oneSided())));

  /** The random stream of the interpolation weights. */
  public static final String STREAM = "gp_interpolation";

  /**
   * Checks the weight.
   *
   * @param lambda the weight (10 in the paper); finite and at least 0
   * @param oneSided penalize only slopes above 1
   * @throws IllegalArgumentException if {@code lambda} is negative or not finite
   */
  public GradientPenalty {
    Checks.nonNegative("gradient penalty lambda", lambda);
  }

  /** The paper's two-sided penalty, lambda = 10. */
  public GradientPenalty() {
    this(10, false);
  }

  /**
   * A two-sided penalty with weight {@code lambda}.
   *
   * @param lambda the weight (10 in the paper); finite and at least 0
   */
  public GradientPenalty(double lambda) {
    this(lambda, false);
  }

  /**
   * {@return the one-sided variant with weight {@code lambda} (10 in the paper)}
   *
   * @param lambda the weight; finite and at least 0
   */
  public static GradientPenalty oneSided(double lambda) {
    return new GradientPenalty(lambda, true);
  }

  @Override
  public Terms build(Ops tf, GanModel model) {
    Ops scope = tf.withSubScope(name());
    Operand<TFloat32> points =
        interpolates(scope, model.realData(), model.generatedData(), model.streams().seed(STREAM));
    Operand<TFloat32> scores =
        model
            .discriminator()
            .discriminate(points, model.labels(), Mode.TRAINING_WITHOUT_UPDATES)
            .logits();
    Operand<TFloat32> penalty = penalty(scope, scores, points, oneSided);
    return Terms.discriminator(
        scope.withName("weighted").math.mul(Reductions.scalar(scope, lambda, penalty), penalty));
  }

  /**
   * {@return x_hat = G(z) + eps * (x - G(z)) = eps * x + (1 - eps) * G(z), eps ~ U[0, 1) per
   * example from {@code seed}; gradients are stopped at x and G(z)}
   *
   * @param <T> the floating-point type of the batches
   * @param tf the ops the interpolates are built with
   * @param real x, the real batch [b, ...]
   * @param fake G(z), the generated batch, of {@code real}'s shape
   * @param seed the [2] int64 seed of eps, one value per example
   */
  public static <T extends TFloating> Operand<T> interpolates(
      Ops tf, Operand<T> real, Operand<T> fake, Operand<TInt64> seed) {
    if (!real.shape().isCompatibleWith(fake.shape())) {
      throw new IllegalArgumentException(
          "real data " + real.shape() + " and generated data " + fake.shape() + " differ in shape");
    }
    Operand<T> x = tf.stopGradient(real);
    Operand<T> gz = tf.stopGradient(fake);
    Operand<T> eps = InputGradients.uniformPerExample(tf, x, seed);
    return tf.math.add(gz, tf.math.mul(eps, tf.math.sub(x, gz)));
  }

  /**
   * {@return the unweighted penalty E[(|g_i| - 1)^2] (or E[max(0, |g_i| - 1)^2]), g_i = grad D at
   * point i}
   *
   * @param <T> the floating-point type of the scores and points
   * @param tf the ops the penalty is built with
   * @param scores D(points), [b]
   * @param points the points D was applied to, [b, ...]
   * @param oneSided penalize only norms above 1 (max(0, |g_i| - 1)^2) instead of every deviation
   *     from 1
   */
  public static <T extends TFloating> Operand<T> penalty(
      Ops tf, Operand<T> scores, Operand<T> points, boolean oneSided) {
    Operand<T> norms = InputGradients.norms(tf, InputGradients.of(tf, scores, points));
    Operand<T> excess = tf.math.sub(norms, Reductions.scalar(tf, 1, norms));
    if (oneSided) {
      excess = tf.nn.relu(excess);
    }
    return Reductions.mean(tf, tf.math.square(excess));
  }

  @Override
  public String name() {
    return oneSided ? "one_sided_gradient_penalty" : "gradient_penalty";
  }
}
