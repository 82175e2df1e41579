package org.ganlab.losses;

import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.Scores;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

/**
 * The Wasserstein GAN loss (Arjovsky et al. 2017, "Wasserstein GAN", algorithm 1), on raw critic
 * values D(x):
 *
 * <pre>
 * L_D = E[D(G(z))] - E[D(x)]
 * L_G = -E[D(G(z))]
 * </pre>
 *
 * <p>-L_D estimates the Wasserstein-1 distance only while the critic is (close to) 1-Lipschitz, so
 * this loss needs a constraint: pair it with {@link GradientPenalty} (Gulrajani et al. 2017,
 * "Improved Training of Wasserstein GANs", lambda 10, n_critic 5), as the WGAN-GP preset does.
 */
public record WassersteinLoss() implements GanLossFunction {
  @Override
  public GanLoss build(Ops tf, GanModel model) {
    return LossPair.named(
        tf,
        generatorLoss(tf, model.onGenerated().logits()),
        discriminatorLoss(tf, model.onReal().logits(), model.onGenerated().logits()));
  }

  /**
   * {@return L_D = E[D(G(z))] - E[D(x)]}
   *
   * @param <T> the floating-point type of the outputs and the loss
   * @param tf the ops the loss is built with
   * @param real D(x), the critic's outputs on the real batch
   * @param fake D(G(z)), the critic's outputs on the generated batch
   */
  public static <T extends TFloating> Operand<T> discriminatorLoss(
      Ops tf, Operand<T> real, Operand<T> fake) {
    return tf.math.sub(Reductions.mean(tf, fake), Reductions.mean(tf, real));
  }

  /**
   * {@return L_G = -E[D(G(z))]}
   *
   * @param <T> the floating-point type of the outputs and the loss
   * @param tf the ops the loss is built with
   * @param fake D(G(z)), the critic's outputs on the generated batch
   */
  public static <T extends TFloating> Operand<T> generatorLoss(Ops tf, Operand<T> fake) {
    return tf.math.neg(Reductions.mean(tf, fake));
  }

  @Override
  public String name() {
    return "wasserstein";
  }

  /** A critic's raw outputs: a sigmoid of them would mean nothing. */
  @Override
  public Scores.Kind scoreKind() {
    return Scores.Kind.RAW;
  }
}
