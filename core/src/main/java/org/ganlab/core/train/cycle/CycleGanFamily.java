package org.ganlab.core.train.cycle;

import java.util.Arrays;
import java.util.Objects;
import org.ganlab.core.data.UnpairedDataSource;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanFamily;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanTrainOps;
import org.ganlab.core.train.GeneratedHistory;
import org.ganlab.core.train.Spine;
import org.ganlab.core.train.TrainerConfig;
import org.tensorflow.op.Ops;

/**
 * The CycleGAN-style family (Zhu et al. 2017): {@link CycleGanModel#build} → the translation loss →
 * {@link GanTrainOps#build(Ops, CycleGanModel, GanLoss, org.ganlab.core.optim.Optimizer,
 * org.ganlab.core.optim.Optimizer)} with a {@link CycleGanFeeder}. Per step: {@code nCritic}
 * updates of both discriminators (one optimizer over D_A and D_B), then one update of both
 * generators (one optimizer over G and F, as the authors' code chains both generators' parameters
 * into one Adam).
 *
 * <p>The paper's pool of 50 earlier fakes for the discriminator updates is a {@link
 * GeneratedHistory} ({@link #withHistory}; the image pool of the models module), off by default; so
 * is {@link CycleNoise} on the cycle ({@link #withNoise}). Not implemented: an EMA of the
 * generators ({@code emaDecay} must be 0).
 *
 * @param architecture both generators and discriminators
 * @param loss the full objective
 * @param data the unpaired data
 * @param optimizers the optimizer of both discriminators and that of both generators
 * @param history what each discriminator update sees of the generated images ({@link
 *     GeneratedHistory#NONE}: the current ones)
 * @param noise the noise on each translation before it is reconstructed ({@link CycleNoise#NONE}:
 *     none)
 */
public record CycleGanFamily(
    CycleGanArchitecture architecture,
    CycleGanLossFunction loss,
    UnpairedDataSource data,
    OptimizerPair optimizers,
    GeneratedHistory history,
    CycleNoise noise)
    implements GanFamily<CycleGanModel> {

  /**
   * Checks that every part is present.
   *
   * @param architecture both generators and discriminators
   * @param loss the full objective
   * @param data the unpaired data
   * @param optimizers the optimizer of both discriminators and that of both generators
   * @param history what each discriminator update sees of the generated images ({@link
   *     GeneratedHistory#NONE}: the current ones)
   * @param noise the noise on each translation before it is reconstructed ({@link CycleNoise#NONE}:
   *     none)
   */
  public CycleGanFamily {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(noise, "noise");
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(loss, "loss");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(optimizers, "optimizers");
  }

  /**
   * A family whose discriminators see the current generated images.
   *
   * @param architecture the generators and discriminators
   * @param loss the objective
   * @param data the unpaired source of domain A and domain B batches
   * @param optimizers the optimizer of D_A and D_B and that of G and F
   */
  public CycleGanFamily(
      CycleGanArchitecture architecture,
      CycleGanLossFunction loss,
      UnpairedDataSource data,
      OptimizerPair optimizers) {
    this(architecture, loss, data, optimizers, GeneratedHistory.NONE, CycleNoise.NONE);
  }

  /**
   * {@return a copy whose discriminators are trained on {@code h}'s answers (e.g. an image pool)}
   *
   * @param h the history between the generators and the discriminator updates
   */
  public CycleGanFamily withHistory(GeneratedHistory h) {
    return new CycleGanFamily(architecture, loss, data, optimizers, h, noise);
  }

  /**
   * {@return a copy whose cycles reconstruct noisy translations (against hidden codes)}
   *
   * @param n the noise on each translation before it is reconstructed
   */
  public CycleGanFamily withNoise(CycleNoise n) {
    return new CycleGanFamily(architecture, loss, data, optimizers, history, n);
  }

  @Override
  public Spine<CycleGanModel> build(Ops tf, TrainerConfig config) {
    config.requireNoEma("the CycleGAN family");
    if (!Arrays.equals(architecture.exampleShape(), data.shape())
        || !Arrays.equals(architecture.exampleShapeB(), data.shapeB())) {
      throw new IllegalArgumentException(
          "architecture translates examples of shape "
              + Arrays.toString(architecture.exampleShape())
              + " <-> "
              + Arrays.toString(architecture.exampleShapeB())
              + " but the data source has "
              + Arrays.toString(data.shape())
              + " <-> "
              + Arrays.toString(data.shapeB()));
    }
    Seeds seeds = new Seeds(config.seed());
    CycleGanModel model =
        CycleGanModel.build(tf, architecture, seeds, config.batchSize(), history, noise);
    GanLoss gl = loss.build(tf.withSubScope("loss"), model);
    GanTrainOps ops =
        GanTrainOps.build(tf, model, gl, optimizers.discriminator(), optimizers.generator());
    return new Spine<>(model, gl, ops, new CycleGanFeeder(model, data, seeds));
  }
}
