package org.ganlab.losses;

import org.ganlab.core.config.Checks;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

/**
 * The identity-mapping loss of CycleGAN (Zhu et al. 2017, section 5.2, "photo generation from
 * paintings", after Taigman et al. 2017), a generator term:
 *
 * <pre>
 * L_idt = weight * (E[|G(b) - b|_1] + E[|F(a) - a|_1])    weight = 0.5 * lambda_cyc = 5
 * </pre>
 *
 * <p>A generator fed an image already of its target domain should leave it alone; this keeps colour
 * composition stable. The authors' code weights it by lambda_identity * lambda_cycle with
 * lambda_identity = 0.5 and lambda_cycle = 10, hence the default 5. The mean is over every element.
 *
 * @param weight the weight of each L1 term
 */
public record IdentityLoss(double weight) {
  /**
   * Checks the weight.
   *
   * @param weight the weight of each L1 term; finite and at least 0 (0 switches the term off)
   * @throws IllegalArgumentException if {@code weight} is negative or not finite
   */
  public IdentityLoss {
    Checks.nonNegative("identity loss weight", weight);
  }

  /** weight = 0.5 * 10 = 5, CycleGAN's default. */
  public IdentityLoss() {
    this(0.5 * 10);
  }

  /**
   * {@return weight = ratio * the cycle loss's lambda (CycleGAN: ratio 0.5)}
   *
   * @param cycle the cycle loss whose lambda scales the weight
   * @param ratio the identity weight relative to the cycle weight; finite and at least 0
   */
  public static IdentityLoss relativeTo(CycleConsistencyLoss cycle, double ratio) {
    return new IdentityLoss(Checks.nonNegative("identity ratio", ratio) * cycle.lambda());
  }

  /**
   * {@return weight * mean |mapped - x| for one generator}
   *
   * @param <T> the floating-point type of the images and the loss
   * @param tf the ops the loss is built with
   * @param x a batch of the generator's target domain
   * @param mapped the generator applied to x
   */
  public <T extends TFloating> Operand<T> build(Ops tf, Operand<T> x, Operand<T> mapped) {
    Operand<T> l1 = CycleConsistencyLoss.l1(tf, x, mapped);
    return tf.math.mul(Reductions.scalar(tf, weight, l1), l1);
  }

  /**
   * {@return weight * (mean |G(b) - b| + mean |F(a) - a|) for both generators}
   *
   * @param <T> the floating-point type of the images and the loss
   * @param tf the ops the loss is built with
   * @param b a batch of domain B
   * @param gOfB G (A to B) applied to b
   * @param a a batch of domain A
   * @param fOfA F (B to A) applied to a
   */
  public <T extends TFloating> Operand<T> build(
      Ops tf, Operand<T> b, Operand<T> gOfB, Operand<T> a, Operand<T> fOfA) {
    Operand<T> sum =
        tf.math.add(CycleConsistencyLoss.l1(tf, b, gOfB), CycleConsistencyLoss.l1(tf, a, fOfA));
    return tf.math.mul(Reductions.scalar(tf, weight, sum), sum);
  }
}
