package org.ganlab.losses;

import org.ganlab.core.config.Checks;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.Regularizer;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.family.TFloating;

/**
 * The R1 regularizer (Mescheder et al. 2018, "Which Training Methods for GANs do actually
 * Converge?", equation 9), a discriminator term on real data:
 *
 * <pre>
 * R1 = gamma / 2 * E_x[|grad_x D(x)|_2^2]
 * </pre>
 *
 * <p>Penalizing the discriminator's gradient on the data distribution makes the GAN dynamics
 * locally convergent (the paper's theorem 4.1); StyleGAN uses it with gamma = 10. D is
 * differentiated where the model already applied it ({@link GanModel#onReal()} with respect to
 * {@link GanModel#realData()}), so the penalty costs a double backward pass but no extra forward
 * pass. The squared norm needs no square root, hence no epsilon.
 *
 * @param gamma the weight (the paper's gamma; the penalty is gamma / 2 times the mean squared norm)
 */
public record R1Penalty(double gamma) implements Regularizer {
  /**
   * Checks the weight.
   *
   * @param gamma the weight (the paper's gamma); finite and at least 0
   * @throws IllegalArgumentException if {@code gamma} is negative or not finite
   */
  public R1Penalty {
    Checks.nonNegative("R1 gamma", gamma);
  }

  /** gamma = 10. */
  public R1Penalty() {
    this(10);
  }

  @Override
  public Terms build(Ops tf, GanModel model) {
    Ops scope = tf.withSubScope(name());
    return Terms.discriminator(
        weighted(scope, gamma, penalty(scope, model.onReal().logits(), model.realData())));
  }

  /**
   * {@return the unweighted E[|grad D(x_i)|^2] over the batch}
   *
   * @param <T> the floating-point type of the scores and inputs
   * @param tf the ops the penalty is built with
   * @param scores D(inputs), [b]
   * @param inputs the batch D was applied to, [b, ...]
   */
  public static <T extends TFloating> Operand<T> penalty(
      Ops tf, Operand<T> scores, Operand<T> inputs) {
    return Reductions.mean(
        tf, InputGradients.squaredNorms(tf, InputGradients.of(tf, scores, inputs)));
  }

  static Operand<TFloat32> weighted(Ops tf, double gamma, Operand<TFloat32> penalty) {
    return tf.withName("weighted").math.mul(Reductions.scalar(tf, gamma / 2, penalty), penalty);
  }

  @Override
  public String name() {
    return "r1_penalty";
  }
}
