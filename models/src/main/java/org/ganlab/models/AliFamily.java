package org.ganlab.models;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.ganlab.core.config.Checks;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Feeder;
import org.ganlab.core.train.Feeds;
import org.ganlab.core.train.GanFamily;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanTrainOps;
import org.ganlab.core.train.Scores;
import org.ganlab.core.train.Spine;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.losses.NonSaturatingLoss;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The BiGAN / ALI family (Donahue et al. 2017; Dumoulin et al. 2017) for {@link
 * org.ganlab.core.train.GanTrainer#open}: {@link AliModel#build}, {@link #loss}, then one optimizer
 * over D and one over G and E together (the generator side). Batch {@code k} of {@code data} is fed
 * to the real-data placeholder, every stream {@code s} with {@code seeds.pair("stream/" + s,
 * update)}. No generator EMA ({@code emaDecay} must be 0).
 *
 * @param architecture the three networks
 * @param data real images, 28x28x1 in [-1, 1]
 * @param optimizers D's optimizer, then the optimizer of G and E
 */
public record AliFamily(Ali architecture, DataSource data, OptimizerPair optimizers)
    implements GanFamily<AliModel> {

  /**
   * Checks that every part is present.
   *
   * @param architecture the three networks
   * @param data real images, 28x28x1 in [-1, 1]
   * @param optimizers D's optimizer, then the optimizer of G and E
   */
  public AliFamily {
    Checks.required("architecture", architecture);
    Checks.required("data", data);
    Checks.required("optimizers", optimizers);
  }

  @Override
  public boolean diagnosable() {
    return true;
  }

  @Override
  public Spine<AliModel> build(Ops tf, TrainerConfig config) {
    return spine(tf, config, false, AliFamily::loss);
  }

  /**
   * {@return the spine of a family that trains these networks on this data with these optimizers}
   * and builds its own loss: this BiGAN, {@link AliceFamily} and {@link AutoencoderFamily} differ
   * only there (and the autoencoder in the model's batch-norm statistics).
   *
   * @param autoencoder whether the model is {@link AliModel#buildAutoencoder}'s
   * @param lossOf builds the loss under the {@code loss} scope from the model
   */
  Spine<AliModel> spine(
      Ops tf,
      TrainerConfig config,
      boolean autoencoder,
      BiFunction<Ops, AliModel, GanLoss> lossOf) {
    check(config);
    Seeds seeds = new Seeds(config.seed());
    AliModel m =
        autoencoder
            ? AliModel.buildAutoencoder(tf, architecture, seeds, config.batchSize())
            : AliModel.build(tf, architecture, seeds, config.batchSize());
    GanLoss loss = lossOf.apply(tf.withSubScope("loss"), m);
    return new Spine<>(m, loss, trainOps(tf, m, loss), feeder(m, seeds));
  }

  private void check(TrainerConfig config) {
    config.requireNoEma("the ALI family");
    if (!Arrays.equals(architecture.exampleShape(), data.shape())) {
      throw new IllegalArgumentException(
          "ALI models 28x28x1 images but the data source has " + Arrays.toString(data.shape()));
    }
  }

  /** One optimizer over D, one over G and E together. */
  private GanTrainOps trainOps(Ops tf, AliModel m, GanLoss loss) {
    return GanTrainOps.build(
        tf,
        loss,
        List.of(m.discriminator().network()),
        List.of(m.generator().network(), m.encoder().network()),
        optimizers.discriminator(),
        optimizers.generator(),
        null);
  }

  /**
   * {@return the non-saturating objective with real = (x, E(x)) and fake = (G(z), z)} G and E take
   * the swapped labels, the "inverted objective" of Donahue et al. 2017 (stronger early gradients):
   *
   * <pre>
   * L_D   = E[softplus(-D(x, E(x)))] + E[softplus(D(G(z), z))]
   * L_G,E = E[softplus(D(x, E(x)))]  + E[softplus(-D(G(z), z))]
   * </pre>
   *
   * The scores are D's mean sigmoid on each kind of pair.
   *
   * @param tf the ops the loss is built with
   * @param m the model whose discriminator outputs the loss reads
   */
  public static GanLoss loss(Ops tf, AliModel m) {
    Operand<TFloat32> real = m.onReal().logits();
    Operand<TFloat32> fake = m.onGenerated().logits();
    return GanLoss.of(
            NonSaturatingLoss.discriminatorLoss(tf, fake, real),
            NonSaturatingLoss.discriminatorLoss(tf, real, fake))
        .withScores(Scores.of(tf, Scores.Kind.PROBABILITY, List.of(real), List.of(fake)));
  }

  /** Feeds batch {@code k} of {@code data} and the model's streams. */
  private Feeder feeder(AliModel m, Seeds seeds) {
    return (runner, batchIndex, update) ->
        Feeds.collect(
            created -> {
              float[] x = data.batch(batchIndex, m.batchSize()).values();
              Feeds.values(runner, m.realData(), x, "data batch", created);
              Feeds.streams(runner, m.streams(), seeds, "stream/", update, created);
            });
  }
}
