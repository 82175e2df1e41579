package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.parallel.GradientReduction;
import org.ganlab.core.seed.Seeds;
import org.tensorflow.op.Ops;

/**
 * The single-image GAN family (one generator, one discriminator; conditional when the architecture
 * has classes): {@link GanModel#build} → {@link GanLoss#build} → {@link GanTrainOps#build} with a
 * {@link GanFeeder}. {@code GanTrainer.builder(...)} assembles one. With an {@link Augmentation}
 * (e.g. DiffAugment) D sees augmented real and generated batches in both updates.
 *
 * @param architecture the two networks
 * @param loss the loss pair
 * @param regularizers terms added to the losses
 * @param data the real data
 * @param optimizers D's and G's optimizers
 * @param augmentation what D's inputs go through ({@link Augmentation#NONE}: nothing)
 */
public record SingleGan(
    GanArchitecture architecture,
    GanLossFunction loss,
    List<Regularizer> regularizers,
    DataSource data,
    OptimizerPair optimizers,
    Augmentation augmentation)
    implements GanFamily<GanModel> {

  /**
   * Checks that every part is present; copies the regularizers.
   *
   * @param architecture the two networks
   * @param loss the loss pair
   * @param regularizers terms added to the losses
   * @param data the real data
   * @param optimizers D's and G's optimizers
   * @param augmentation what D's inputs go through ({@link Augmentation#NONE}: nothing)
   */
  public SingleGan {
    Objects.requireNonNull(augmentation, "augmentation");
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(loss, "loss");
    regularizers = List.copyOf(regularizers);
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(optimizers, "optimizers");
  }

  /**
   * A family without augmentation.
   *
   * @param architecture the generator and discriminator
   * @param loss the adversarial loss pair
   * @param regularizers the penalties added to the losses
   * @param data the source of real batches
   * @param optimizers D's and G's optimizers
   */
  public SingleGan(
      GanArchitecture architecture,
      GanLossFunction loss,
      List<Regularizer> regularizers,
      DataSource data,
      OptimizerPair optimizers) {
    this(architecture, loss, regularizers, data, optimizers, Augmentation.NONE);
  }

  /**
   * {@return a copy whose discriminator sees its inputs through {@code a}}
   *
   * @param a the transform of D's inputs
   */
  public SingleGan withAugmentation(Augmentation a) {
    return new SingleGan(architecture, loss, regularizers, data, optimizers, a);
  }

  @Override
  public boolean shardable() {
    return true;
  }

  @Override
  public boolean diagnosable() {
    return true;
  }

  @Override
  public Spine<GanModel> build(Ops tf, TrainerConfig config) {
    checkShapes();
    Seeds seeds = new Seeds(config.seed());
    GradientReduction reduction = config.gradientReduction();
    List<GanModel> shards =
        GanModel.buildShards(tf, architecture, seeds, config.batchSize(), augmentation, reduction);
    List<GanLoss> losses = new ArrayList<>();
    for (int i = 0; i < shards.size(); i++) {
      String scope =
          reduction.shardCount() == 1 ? "loss" : "loss_shard" + reduction.localShards().get(i);
      losses.add(GanLoss.build(tf.withSubScope(scope), shards.get(i), loss, regularizers));
    }
    GanModel model = shards.get(0);
    GeneratorEma ema =
        config.emaDecay() > 0
            ? new GeneratorEma(tf, architecture, seeds, model, config.emaDecay())
            : null;
    GanTrainOps ops =
        GanTrainOps.build(
            tf,
            losses,
            reduction,
            List.of(model.discriminator().network()),
            List.of(model.generator().network()),
            List.of(),
            optimizers.discriminator(),
            optimizers.generator(),
            ema);
    GanLoss mean = GanLoss.mean(tf.withSubScope("loss_mean"), losses, reduction);
    return new Spine<>(model, mean, ops, new GanFeeder(shards, reduction, data, seeds));
  }

  private void checkShapes() {
    if (!Arrays.equals(architecture.exampleShape(), data.shape())) {
      throw new IllegalArgumentException(
          "architecture produces examples of shape "
              + Arrays.toString(architecture.exampleShape())
              + " but the data source has "
              + Arrays.toString(data.shape()));
    }
    if (architecture.numClasses() > 0 && data.numClasses() != architecture.numClasses()) {
      throw new IllegalArgumentException(
          "conditional architecture expects "
              + architecture.numClasses()
              + " classes but the data source has "
              + data.numClasses());
    }
  }

  /**
   * The collaborators of a single-GAN trainer ({@code GanTrainer.builder(...)}), the optional ones
   * with the DCGAN paper's defaults.
   */
  public static final class Builder {
    private final GanArchitecture architecture;
    private final GanLossFunction loss;
    private final DataSource data;
    private List<Regularizer> regularizers = List.of();
    private Optimizer discriminatorOptimizer = new Adam(2e-4, 0.5, 0.999);
    private Optimizer generatorOptimizer = new Adam(2e-4, 0.5, 0.999);
    private TrainerConfig config = TrainerConfig.of(0);
    private Augmentation augmentation = Augmentation.NONE;

    Builder(GanArchitecture architecture, GanLossFunction loss, DataSource data) {
      this.architecture = Objects.requireNonNull(architecture, "architecture");
      this.loss = Objects.requireNonNull(loss, "loss");
      this.data = Objects.requireNonNull(data, "data");
    }

    /**
     * Penalties added to the losses (gradient penalty, R1, ...).
     *
     * @param r the penalties, in order
     * @return this builder
     */
    public Builder regularizers(List<Regularizer> r) {
      this.regularizers = new ArrayList<>(r);
      return this;
    }

    /**
     * The discriminator's optimizer (its learning rate is the D half of TTUR).
     *
     * @param o D's optimizer
     * @return this builder
     */
    public Builder discriminatorOptimizer(Optimizer o) {
      this.discriminatorOptimizer = Objects.requireNonNull(o);
      return this;
    }

    /**
     * The generator's optimizer.
     *
     * @param o G's optimizer
     * @return this builder
     */
    public Builder generatorOptimizer(Optimizer o) {
      this.generatorOptimizer = Objects.requireNonNull(o);
      return this;
    }

    /**
     * Seed, batch size, n_critic, EMA and session settings.
     *
     * @param c the trainer configuration
     * @return this builder
     */
    public Builder config(TrainerConfig c) {
      this.config = Objects.requireNonNull(c);
      return this;
    }

    /**
     * What D's inputs go through, e.g. DiffAugment (none by default).
     *
     * @param a the transform of D's inputs
     * @return this builder
     */
    public Builder augmentation(Augmentation a) {
      this.augmentation = Objects.requireNonNull(a);
      return this;
    }

    /** {@return the family these collaborators describe} */
    public SingleGan family() {
      return new SingleGan(
          architecture,
          loss,
          regularizers,
          data,
          new OptimizerPair(discriminatorOptimizer, generatorOptimizer),
          augmentation);
    }

    /**
     * Builds the graph and opens the session.
     *
     * @return the trainer; the caller closes it
     */
    public GanTrainer<GanModel> build() {
      return GanTrainer.open(family(), config);
    }
  }
}
