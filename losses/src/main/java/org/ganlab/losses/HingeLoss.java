package org.ganlab.losses;

import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.Scores;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

/**
 * The hinge GAN loss (Lim and Ye 2017, "Geometric GAN"; the form used by Miyato et al. 2018,
 * "Spectral Normalization for GANs", equations 16-17, and by BigGAN), on raw outputs D(x):
 *
 * <pre>
 * L_D = E[relu(1 - D(x))] + E[relu(1 + D(G(z)))]
 * L_G = -E[D(G(z))]
 * </pre>
 *
 * <p>The discriminator stops being pushed once real scores exceed 1 and generated scores fall below
 * -1 (a margin, as in an SVM); the generator loss is the Wasserstein one.
 */
public record HingeLoss() implements GanLossFunction {
  @Override
  public GanLoss build(Ops tf, GanModel model) {
    return LossPair.named(
        tf,
        generatorLoss(tf, model.onGenerated().logits()),
        discriminatorLoss(tf, model.onReal().logits(), model.onGenerated().logits()));
  }

  /**
   * {@return L_D = E[relu(1 - D(x))] + E[relu(1 + D(G(z)))]}
   *
   * @param <T> the floating-point type of the outputs and the loss
   * @param tf the ops the loss is built with
   * @param real D(x), the raw discriminator outputs on the real batch
   * @param fake D(G(z)), the raw discriminator outputs on the generated batch
   */
  public static <T extends TFloating> Operand<T> discriminatorLoss(
      Ops tf, Operand<T> real, Operand<T> fake) {
    Operand<T> one = Reductions.scalar(tf, 1, real);
    return tf.math.add(
        Reductions.mean(tf, tf.nn.relu(tf.math.sub(one, real))),
        Reductions.mean(tf, tf.nn.relu(tf.math.add(one, fake))));
  }

  /**
   * {@return L_G = -E[D(G(z))]}
   *
   * @param <T> the floating-point type of the outputs and the loss
   * @param tf the ops the loss is built with
   * @param fake D(G(z)), the raw discriminator outputs on the generated batch
   */
  public static <T extends TFloating> Operand<T> generatorLoss(Ops tf, Operand<T> fake) {
    return tf.math.neg(Reductions.mean(tf, fake));
  }

  @Override
  public String name() {
    return "hinge";
  }

  /** A critic's raw outputs: a sigmoid of them would mean nothing. */
  @Override
  public Scores.Kind scoreKind() {
    return Scores.Kind.RAW;
  }
}
