package org.ganlab.models;

import org.ganlab.core.config.Checks;
import org.ganlab.core.train.GanFamily;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.Spine;
import org.ganlab.core.train.TrainerConfig;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The BiGAN's encoder and generator trained as a plain autoencoder: E and G minimize the mean
 * squared error of G(E(x)) against x, with no adversarial term. The anomaly baseline that isolates
 * what the adversarial training of {@link AliFamily} adds, on networks of exactly the same shape
 * ({@link AliModel#buildAutoencoder}). D is still trained with the BiGAN's loss so that the train
 * ops and checkpoints keep the family's shape, but nothing flows from it into E or G.
 *
 * @param bigan the BiGAN whose networks, data and optimizers are trained this way
 */
public record AutoencoderFamily(AliFamily bigan) implements GanFamily<AliModel> {

  /**
   * Checks that the BiGAN is present.
   *
   * @param bigan the BiGAN whose networks, data and optimizers are trained this way
   */
  public AutoencoderFamily {
    Checks.required("bigan", bigan);
  }

  @Override
  public Spine<AliModel> build(Ops tf, TrainerConfig config) {
    return bigan.spine(tf, config, true, AutoencoderFamily::loss);
  }

  private static GanLoss loss(Ops l, AliModel m) {
    Operand<TFloat32> mse = reconstructionError(l, m);
    GanLoss adversarial = AliFamily.loss(l, m);
    return GanLoss.of(mse, adversarial.discriminatorLoss()).withScores(adversarial.scores());
  }

  /**
   * {@return the mean squared error of G(E(x)) against x over the batch} (shared with {@link
   * AliceFamily}).
   */
  static Operand<TFloat32> reconstructionError(Ops tf, AliModel m) {
    return tf.math.mean(
        tf.math.squaredDifference(m.realData(), m.reconstructed()),
        tf.constant(new int[] {0, 1, 2, 3}));
  }
}
