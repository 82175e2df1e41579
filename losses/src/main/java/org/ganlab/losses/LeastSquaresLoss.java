package org.ganlab.losses;

import org.ganlab.core.config.Checks;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.Scores;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

/**
 * The least-squares GAN loss (Mao et al. 2017, "Least Squares Generative Adversarial Networks",
 * equation 2), on the discriminator's raw outputs D(x) (no sigmoid):
 *
 * <pre>
 * L_D = 1/2 E[(D(x) - b)^2] + 1/2 E[(D(G(z)) - a)^2]
 * L_G = 1/2 E[(D(G(z)) - c)^2]
 * </pre>
 *
 * <p>a is the target for generated data, b for real data and c the value G wants D to give its
 * samples. The default a = 0, b = 1, c = 1 is the paper's 0-1 coding, also CycleGAN's adversarial
 * loss (CycleGAN drops the 1/2, which only rescales the learning rate). The paper's other choice, a
 * = -1, b = 1, c = 0, minimizes the Pearson chi^2 divergence.
 *
 * @param a target of D on generated data
 * @param b target of D on real data
 * @param c target the generator pushes D(G(z)) towards
 */
public record LeastSquaresLoss(double a, double b, double c) implements GanLossFunction {
  /**
   * Checks the targets.
   *
   * @param a target of D on generated data; finite
   * @param b target of D on real data; finite
   * @param c target the generator pushes D(G(z)) towards; finite
   * @throws IllegalArgumentException if a target is not finite
   */
  public LeastSquaresLoss {
    Checks.finite("least-squares target a", a);
    Checks.finite("least-squares target b", b);
    Checks.finite("least-squares target c", c);
  }

  /** The 0-1 coding a = 0, b = 1, c = 1. */
  public LeastSquaresLoss() {
    this(0, 1, 1);
  }

  @Override
  public GanLoss build(Ops tf, GanModel model) {
    return LossPair.named(
        tf,
        generatorLoss(tf, model.onGenerated().logits(), c),
        discriminatorLoss(tf, model.onReal().logits(), model.onGenerated().logits(), a, b));
  }

  /**
   * {@return L_D = 1/2 E[(D(x) - b)^2] + 1/2 E[(D(G(z)) - a)^2]}
   *
   * @param <T> the floating-point type of the outputs and the loss
   * @param tf the ops the loss is built with
   * @param real D(x), the raw discriminator outputs on the real batch
   * @param fake D(G(z)), the raw discriminator outputs on the generated batch
   * @param a target of D on generated data
   * @param b target of D on real data
   */
  public static <T extends TFloating> Operand<T> discriminatorLoss(
      Ops tf, Operand<T> real, Operand<T> fake, double a, double b) {
    return tf.math.mul(
        Reductions.scalar(tf, 0.5, real),
        tf.math.add(
            Reductions.mean(tf, tf.math.squaredDifference(real, Reductions.scalar(tf, b, real))),
            Reductions.mean(tf, tf.math.squaredDifference(fake, Reductions.scalar(tf, a, fake)))));
  }

  /**
   * {@return L_D with the default targets a = 0, b = 1}
   *
   * @param <T> the floating-point type of the outputs and the loss
   * @param tf the ops the loss is built with
   * @param real D(x), the raw discriminator outputs on the real batch
   * @param fake D(G(z)), the raw discriminator outputs on the generated batch
   */
  public static <T extends TFloating> Operand<T> discriminatorLoss(
      Ops tf, Operand<T> real, Operand<T> fake) {
    return discriminatorLoss(tf, real, fake, 0, 1);
  }

  /**
   * {@return L_G = 1/2 E[(D(G(z)) - c)^2]}
   *
   * @param <T> the floating-point type of the outputs and the loss
   * @param tf the ops the loss is built with
   * @param fake D(G(z)), the raw discriminator outputs on the generated batch
   * @param c target the generator pushes D(G(z)) towards
   */
  public static <T extends TFloating> Operand<T> generatorLoss(Ops tf, Operand<T> fake, double c) {
    return tf.math.mul(
        Reductions.scalar(tf, 0.5, fake),
        Reductions.mean(tf, tf.math.squaredDifference(fake, Reductions.scalar(tf, c, fake))));
  }

  /**
   * {@return L_G with the default target c = 1}
   *
   * @param <T> the floating-point type of the outputs and the loss
   * @param tf the ops the loss is built with
   * @param fake D(G(z)), the raw discriminator outputs on the generated batch
   */
  public static <T extends TFloating> Operand<T> generatorLoss(Ops tf, Operand<T> fake) {
    return generatorLoss(tf, fake, 1);
  }

  @Override
  public String name() {
    return "least-squares(a=" + a + ",b=" + b + ",c=" + c + ")";
  }

  /** A critic's raw outputs: a sigmoid of them would mean nothing. */
  @Override
  public Scores.Kind scoreKind() {
    return Scores.Kind.RAW;
  }
}
