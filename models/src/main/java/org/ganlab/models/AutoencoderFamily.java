package org.ganlab.models;

import java.util.Arrays;
import java.util.List;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanFamily;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanTrainOps;
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
 * @param architecture the three networks (D unused by E and G)
 * @param data real images, 28x28x1 in [-1, 1]
 * @param discriminatorOptimizer D's optimizer
 * @param generatorOptimizer the optimizer of G and E
 */
public record AutoencoderFamily(
    Ali architecture,
    DataSource data,
    Optimizer discriminatorOptimizer,
    Optimizer generatorOptimizer)
    implements GanFamily<AliModel> {

  /**
   * Checks that every part is present.
   *
   * @param architecture the three networks (D unused by E and G)
   * @param data real images, 28x28x1 in [-1, 1]
   * @param discriminatorOptimizer D's optimizer
   * @param generatorOptimizer the optimizer of G and E
   */
  public AutoencoderFamily {
    Params.required("architecture", architecture);
    Params.required("data", data);
    Params.required("discriminatorOptimizer", discriminatorOptimizer);
    Params.required("generatorOptimizer", generatorOptimizer);
  }

  @Override
  public Spine<AliModel> build(Ops tf, TrainerConfig config) {
    if (config.emaDecay() != 0) {
      throw new IllegalArgumentException(
          "the autoencoder has no generator EMA; emaDecay must be 0, got " + config.emaDecay());
    }
    if (!Arrays.equals(architecture.exampleShape(), data.shape())) {
      throw new IllegalArgumentException(
          "the autoencoder models 28x28x1 images but the data source has "
              + Arrays.toString(data.shape()));
    }
    Seeds seeds = new Seeds(config.seed());
    AliModel m = AliModel.buildAutoencoder(tf, architecture, seeds, config.batchSize());
    Ops l = tf.withSubScope("loss");
    Operand<TFloat32> error = l.math.squaredDifference(m.realData(), m.reconstructed());
    GanLoss bigan = AliFamily.loss(l, m);
    Operand<TFloat32> mse = l.math.mean(error, l.constant(new int[] {0, 1, 2, 3}));
    GanLoss loss = GanLoss.of(mse, bigan.discriminatorLoss()).withScores(bigan.scores());
    GanTrainOps ops =
        GanTrainOps.build(
            tf,
            loss,
            List.of(m.discriminator().network()),
            List.of(m.generator().network(), m.encoder().network()),
            discriminatorOptimizer,
            generatorOptimizer,
            null);
    return new Spine<>(m, loss, ops, AliFamily.feeder(data, m, seeds));
  }
}
