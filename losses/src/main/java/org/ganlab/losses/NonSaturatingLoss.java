package org.ganlab.losses;

import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.GanModel;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The non-saturating GAN loss (Goodfellow et al. 2014, section 3), on logits l = D(x):
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
    Operand<TFloat32> real = model.onReal().logits();
    Operand<TFloat32> fake = model.onGenerated().logits();
    Operand<TFloat32> d = tf.math.add(
        Reductions.mean(tf, tf.math.softplus(tf.math.neg(real))),
        Reductions.mean(tf, tf.math.softplus(fake)));
    Operand<TFloat32> g = Reductions.mean(tf, tf.math.softplus(tf.math.neg(fake)));
    return GanLoss.of(tf.withName("generator_loss").identity(g),
        tf.withName("discriminator_loss").identity(d));
  }

  @Override
  public String name() {
    return "non-saturating";
  }
}
