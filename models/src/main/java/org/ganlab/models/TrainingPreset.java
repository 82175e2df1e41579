package org.ganlab.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.Regularizer;
import org.ganlab.core.train.SingleGan;
import org.ganlab.core.train.TrainerConfig;

/**
 * An architecture together with the training recipe of the paper it follows: loss, regularizers,
 * both optimizers, discriminator updates per generator update and batch size. Every architecture
 * record's {@code training()} returns its paper's recipe, e.g.
 *
 * <pre>{@code
 * try (GanTrainer<GanModel> t = WganGp.standard().training().trainer(data, seed)) { t.train(1000, null); }
 * }</pre>
 *
 * <p>Every field can be replaced with a {@code withX} copy, so a preset is a starting point, not a
 * fixed configuration. This class only assembles the plain {@link GanTrainer} builder; anything it
 * does can be written by hand.
 *
 * @param architecture the generator and discriminator
 * @param loss the generator/discriminator loss pair
 * @param regularizers terms added to the losses (gradient penalty, auxiliary classifier, ...)
 * @param optimizers the discriminator's and the generator's optimizers
 * @param nCritic discriminator updates per generator update
 * @param batchSize examples per batch
 * @param reference the paper the recipe follows, for documentation and provenance
 */
public record TrainingPreset(
    GanArchitecture architecture,
    GanLossFunction loss,
    List<Regularizer> regularizers,
    OptimizerPair optimizers,
    int nCritic,
    int batchSize,
    String reference) {

  /**
   * Validates and copies.
   *
   * @param architecture the generator and discriminator
   * @param loss the generator/discriminator loss pair
   * @param regularizers terms added to the losses (gradient penalty, auxiliary classifier, ...)
   * @param optimizers the discriminator's and the generator's optimizers
   * @param nCritic discriminator updates per generator update
   * @param batchSize examples per batch
   * @param reference the paper the recipe follows, for documentation and provenance
   */
  public TrainingPreset {
    Checks.required("architecture", architecture);
    Checks.required("loss", loss);
    regularizers = List.copyOf(Checks.required("regularizers", regularizers));
    Checks.required("optimizers", optimizers);
    Checks.positive("nCritic", nCritic);
    Checks.positive("batchSize", batchSize);
    Checks.required("reference", reference);
  }

  /**
   * {@return the trainer configuration of this recipe for root seed {@code seed} (no EMA)}
   *
   * @param seed the run's root seed
   */
  public TrainerConfig config(long seed) {
    return TrainerConfig.of(seed).withBatchSize(batchSize).withNCritic(nCritic);
  }

  /**
   * {@return a {@link GanTrainer} builder with every collaborator of this recipe set, for further
   * changes (e.g. {@code .config(preset.config(seed).withEmaDecay(0.999))})}
   *
   * @param data the source of real batches
   * @param seed the run's root seed
   */
  public SingleGan.Builder builder(DataSource data, long seed) {
    return GanTrainer.builder(architecture, loss, data)
        .regularizers(regularizers)
        .discriminatorOptimizer(optimizers.discriminator())
        .generatorOptimizer(optimizers.generator())
        .config(config(seed));
  }

  /**
   * Builds the trainer (graph and session) for {@code data} and root seed {@code seed}.
   *
   * @param data the source of real batches
   * @param seed the run's root seed
   * @return an open trainer; the caller closes it
   */
  public GanTrainer<GanModel> trainer(DataSource data, long seed) {
    return builder(data, seed).build();
  }

  /** {@return every hyperparameter: the architecture's, then the recipe's} */
  public Map<String, Object> hyperparameters() {
    Map<String, Object> m = new LinkedHashMap<>(architecture.hyperparameters());
    m.put("loss", loss.name());
    m.put("regularizers", regularizers.stream().map(Regularizer::name).toList());
    m.put("generatorOptimizer", optimizers.generator().describe());
    m.put("discriminatorOptimizer", optimizers.discriminator().describe());
    m.put("nCritic", nCritic);
    m.put("batchSize", batchSize);
    m.put("reference", reference);
    return m;
  }

  /**
   * {@return a copy with another architecture (e.g. narrower, for a quick run)}
   *
   * @param a the architecture of the copy (e.g. narrower, for a quick run)
   */
  public TrainingPreset withArchitecture(GanArchitecture a) {
    return new TrainingPreset(a, loss, regularizers, optimizers, nCritic, batchSize, reference);
  }

  /**
   * {@return a copy with another loss pair}
   *
   * @param l the loss pair of the copy
   */
  public TrainingPreset withLoss(GanLossFunction l) {
    return new TrainingPreset(
        architecture, l, regularizers, optimizers, nCritic, batchSize, reference);
  }

  /**
   * {@return a copy with other regularizers}
   *
   * @param r the regularizers of the copy, applied in this order
   */
  public TrainingPreset withRegularizers(List<Regularizer> r) {
    return new TrainingPreset(architecture, loss, r, optimizers, nCritic, batchSize, reference);
  }

  /**
   * {@return a copy with other optimizers}
   *
   * @param o the optimizers of the copy
   */
  public TrainingPreset withOptimizers(OptimizerPair o) {
    return new TrainingPreset(architecture, loss, regularizers, o, nCritic, batchSize, reference);
  }

  /**
   * {@return an architecture's keys, on the recipe that trains an architecture of type {@code
   * type}}
   *
   * @param <A> the architecture type the keys read and write
   * @param type the class of the architecture; the keys apply only to a recipe whose architecture
   *     has it
   * @param keys the architecture's own keys
   */
  public static <A extends GanArchitecture> List<Hyperparameter<TrainingPreset>> architectureKeys(
      Class<A> type, List<Hyperparameter<A>> keys) {
    return keys.stream()
        .map(
            k ->
                k.on(
                    (TrainingPreset p) -> type.cast(p.architecture()),
                    TrainingPreset::withArchitecture))
        .toList();
  }

  /**
   * {@return a regularizer's keys, on the recipe: they change the recipe's regularizer of type
   * {@code type} and leave the others as they are}
   *
   * @param <R> the regularizer type the keys read and write
   * @param type the class of the regularizer the keys change
   * @param keys the regularizer's own keys
   */
  public static <R extends Regularizer> List<Hyperparameter<TrainingPreset>> regularizerKeys(
      Class<R> type, List<Hyperparameter<R>> keys) {
    return keys.stream()
        .map(k -> k.on((TrainingPreset p) -> p.regularizer(type), TrainingPreset::withRegularizer))
        .toList();
  }

  private <R extends Regularizer> R regularizer(Class<R> type) {
    return regularizers.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    reference + " has no " + type.getSimpleName() + " to configure"));
  }

  private TrainingPreset withRegularizer(Regularizer r) {
    return withRegularizers(
        regularizers.stream().map(x -> x.getClass() == r.getClass() ? r : x).toList());
  }

  /**
   * {@return a copy with the same optimizer settings for both networks}
   *
   * @param o the optimizer settings for both the generator and the discriminator
   */
  public TrainingPreset withOptimizers(Optimizer o) {
    return withOptimizers(OptimizerPair.of(o));
  }

  /**
   * {@return a copy with another number of D updates per G update}
   *
   * @param n the number of D updates per G update of the copy
   */
  public TrainingPreset withNCritic(int n) {
    return new TrainingPreset(
        architecture, loss, regularizers, optimizers, n, batchSize, reference);
  }

  /**
   * {@return a copy with another batch size}
   *
   * @param b the batch size of the copy
   */
  public TrainingPreset withBatchSize(int b) {
    return new TrainingPreset(architecture, loss, regularizers, optimizers, nCritic, b, reference);
  }
}
