package org.ganlab.losses;

import org.ganlab.core.config.Checks;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.Regularizer;
import org.tensorflow.op.Ops;

/**
 * The R2 regularizer (Mescheder et al. 2018, "Which Training Methods for GANs do actually
 * Converge?", equation 10), a discriminator term on generated data:
 *
 * <pre>
 * R2 = gamma / 2 * E_z[|grad_x D(x)|_2^2 at x = G(z)]
 * </pre>
 *
 * <p>The counterpart of {@link R1Penalty} on the generator's distribution. D is differentiated
 * where the model already applied it ({@link GanModel#onGenerated()} with respect to {@link
 * GanModel#generatedData()}); the term goes into the discriminator loss only, so its gradient with
 * respect to the generator is never taken.
 *
 * @param gamma the weight (the penalty is gamma / 2 times the mean squared norm)
 */
public record R2Penalty(double gamma) implements Regularizer {
  /**
   * Checks the weight.
   *
   * @param gamma the weight; finite and at least 0
   * @throws IllegalArgumentException if {@code gamma} is negative or not finite
   */
  public R2Penalty {
    Checks.nonNegative("R2 gamma", gamma);
  }

  /** gamma = 10. */
  public R2Penalty() {
    this(10);
  }

  @Override
  public Terms build(Ops tf, GanModel model) {
    Ops scope = tf.withSubScope(name());
    return Terms.discriminator(
        R1Penalty.weighted(
            scope,
            gamma,
            R1Penalty.penalty(scope, model.onGenerated().logits(), model.generatedData())));
  }

  @Override
  public String name() {
    return "r2_penalty";
  }
}
