package org.ganlab.losses;

import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.GanModel;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

/**
 * The original (saturating) minimax GAN loss (Goodfellow et al. 2014, "Generative Adversarial
 * Nets", equation 1), on logits l = D(x):
 *
 * <pre>
 * L_D = E[softplus(-l_real)] + E[softplus(l_fake)]   (= -E[log sigmoid(l_real)] - E[log(1 - sigmoid(l_fake))])
 * L_G = -E[softplus(l_fake)]                         (= E[log(1 - sigmoid(l_fake))])
 * </pre>
 *
 * <p>The generator minimizes exactly the term the discriminator maximizes. Its gradient
 * sigmoid(l_fake) vanishes when D confidently rejects the samples, which is why practice uses
 * {@link NonSaturatingLoss}; this loss is here for the comparison the paper makes. Both losses use
 * the identity log(1 - sigmoid(x)) = -softplus(x) with TensorFlow's stable softplus kernel, so
 * logits of +-100 give finite values (softplus(100) = 100 exactly in float32).
 */
public record MinimaxLoss() implements GanLossFunction {
  @Override
  public GanLoss build(Ops tf, GanModel model) {
    return LossPair.named(
        tf,
        generatorLoss(tf, model.onGenerated().logits()),
        discriminatorLoss(tf, model.onReal().logits(), model.onGenerated().logits()));
  }

  /**
   * {@return L_D = E[softplus(-l_real)] + E[softplus(l_fake)] (the same as the non-saturating D
   * loss)}
   *
   * @param <T> the floating-point type of the logits and the loss
   * @param tf the ops the loss is built with
   * @param real l_real, D's logits on the real batch
   * @param fake l_fake, D's logits on the generated batch
   */
  public static <T extends TFloating> Operand<T> discriminatorLoss(
      Ops tf, Operand<T> real, Operand<T> fake) {
    return NonSaturatingLoss.discriminatorLoss(tf, real, fake);
  }

  /**
   * {@return L_G = E[log(1 - sigmoid(l_fake))] = -E[softplus(l_fake)]}
   *
   * @param <T> the floating-point type of the logits and the loss
   * @param tf the ops the loss is built with
   * @param fake l_fake, D's logits on the generated batch
   */
  public static <T extends TFloating> Operand<T> generatorLoss(Ops tf, Operand<T> fake) {
    return tf.math.neg(Reductions.mean(tf, tf.math.softplus(fake)));
  }

  @Override
  public String name() {
    return "minimax";
  }
}
