package org.ganlab.losses;

import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.GanModel;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

/**
 * The non-saturating GAN loss (Goodfellow et al. 2014, "Generative Adversarial Nets", section 3),
 * on logits l = D(x):
 *
 * <pre>
 * L_D = E[softplus(-l_real)] + E[softplus(l_fake)]    (= -log sigmoid(l_real) - log(1 - sigmoid(l_fake)))
 * L_G = E[softplus(-l_fake)]                          (= -log sigmoid(l_fake))
 * </pre>
 *
 * The generator maximizes log D(G(z)) instead of minimizing log(1 - D(G(z))), whose gradient
 * vanishes when D confidently rejects samples early in training. Softplus is TensorFlow's stable
 * kernel, so logits of +-100 give finite values.
 */
public record NonSaturatingLoss() implements GanLossFunction {
  @Override
  public GanLoss build(Ops tf, GanModel model) {
    return LossPair.named(
        tf,
        generatorLoss(tf, model.onGenerated().logits()),
        discriminatorLoss(tf, model.onReal().logits(), model.onGenerated().logits()));
  }

  /**
   * {@return L_D = E[softplus(-l_real)] + E[softplus(l_fake)]: the binary cross-entropy of D}
   *
   * @param <T> the floating-point type of the logits and the loss
   * @param tf the ops the loss is built with
   * @param real l_real, D's logits on the real batch
   * @param fake l_fake, D's logits on the generated batch
   */
  public static <T extends TFloating> Operand<T> discriminatorLoss(
      Ops tf, Operand<T> real, Operand<T> fake) {
    return tf.math.add(
        Reductions.mean(tf, tf.math.softplus(tf.math.neg(real))),
        Reductions.mean(tf, tf.math.softplus(fake)));
  }

  /**
   * {@return L_G = E[softplus(-l_fake)] = -E[log sigmoid(l_fake)]}
   *
   * @param <T> the floating-point type of the logits and the loss
   * @param tf the ops the loss is built with
   * @param fake l_fake, D's logits on the generated batch
   */
  public static <T extends TFloating> Operand<T> generatorLoss(Ops tf, Operand<T> fake) {
    return Reductions.mean(tf, tf.math.softplus(tf.math.neg(fake)));
  }

  @Override
  public String name() {
    return "non-saturating";
  }
}
