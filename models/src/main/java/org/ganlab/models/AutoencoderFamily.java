package org.ganlab.models;

import org.ganlab.core.seed.Seeds;
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
    Params.required("bigan", bigan);
  }

  @Override
  public Spine<AliModel> build(Ops tf, TrainerConfig config) {
    bigan.check(config);
    Seeds seeds = new Seeds(config.seed());
    AliModel m = AliModel.buildAutoencoder(tf, bigan.architecture(), seeds, config.batchSize());
    Ops l = tf.withSubScope("loss");
    Operand<TFloat32> mse = reconstructionError(l, m);
    GanLoss adversarial = AliFamily.loss(l, m);
    GanLoss loss =
        GanLoss.of(mse, adversarial.discriminatorLoss()).withScores(adversarial.scores());
    return new Spine<>(
        m, loss, bigan.trainOps(tf, m, loss), AliFamily.feeder(bigan.data(), m, seeds));
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
