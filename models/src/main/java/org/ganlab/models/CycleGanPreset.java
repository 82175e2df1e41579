package org.ganlab.models;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ganlab.core.config.Checks;
import org.ganlab.core.data.UnpairedDataSource;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.core.train.cycle.CycleGanArchitecture;
import org.ganlab.core.train.cycle.CycleGanFamily;
import org.ganlab.core.train.cycle.CycleGanLossFunction;
import org.ganlab.core.train.cycle.CycleGanModel;

/**
 * A translation architecture with its paper's training recipe, the CycleGAN counterpart of {@link
 * TrainingPreset}:
 *
 * <pre>{@code
 * try (GanTrainer<CycleGanModel> t = CycleGan.standard().training().withBatchSize(8).trainer(data, seed)) {
 *   t.train(1000, null);
 * }
 * }</pre>
 *
 * @param architecture both generators and discriminators
 * @param loss the full objective (adversarial, cycle, identity)
 * @param optimizers the optimizer of both discriminators and that of both generators
 * @param batchSize images per domain batch
 * @param reference the paper the recipe follows
 */
public record CycleGanPreset(
    CycleGanArchitecture architecture,
    CycleGanLossFunction loss,
    OptimizerPair optimizers,
    int batchSize,
    String reference) {

  /**
   * Validates.
   *
   * @param architecture both generators and discriminators
   * @param loss the full objective (adversarial, cycle, identity)
   * @param optimizers the optimizer of both discriminators and that of both generators
   * @param batchSize images per domain batch
   * @param reference the paper the recipe follows
   */
  public CycleGanPreset {
    Checks.required("architecture", architecture);
    Checks.required("loss", loss);
    Checks.required("optimizers", optimizers);
    Checks.positive("batchSize", batchSize);
    Checks.required("reference", reference);
  }

  /**
   * {@return the trainer configuration for root seed {@code seed}: one D update per G update}
   *
   * @param seed the run's root seed
   */
  public TrainerConfig config(long seed) {
    return TrainerConfig.of(seed).withBatchSize(batchSize);
  }

  /**
   * {@return the family of this recipe on {@code data}, for {@link GanTrainer#open}}
   *
   * @param data the unpaired source of domain A and domain B batches
   */
  public CycleGanFamily family(UnpairedDataSource data) {
    return new CycleGanFamily(architecture, loss, data, optimizers);
  }

  /**
   * Builds the trainer for {@code data} and root seed {@code seed}.
   *
   * @param data the unpaired source of domain A and domain B batches
   * @param seed the run's root seed
   * @return an open trainer; the caller closes it
   */
  public GanTrainer<CycleGanModel> trainer(UnpairedDataSource data, long seed) {
    return GanTrainer.open(family(data), config(seed));
  }

  /** {@return every hyperparameter: the architecture's, then the recipe's} */
  public Map<String, Object> hyperparameters() {
    Map<String, Object> m = new LinkedHashMap<>(architecture.hyperparameters());
    m.put("loss", loss.name());
    m.put("generatorOptimizer", optimizers.generator().describe());
    m.put("discriminatorOptimizer", optimizers.discriminator().describe());
    m.put("batchSize", batchSize);
    m.put("reference", reference);
    return m;
  }

  /**
   * {@return a copy with another architecture}
   *
   * @param a the architecture of the copy
   */
  public CycleGanPreset withArchitecture(CycleGanArchitecture a) {
    return new CycleGanPreset(a, loss, optimizers, batchSize, reference);
  }

  /**
   * {@return a copy with another objective}
   *
   * @param l the objective of the copy
   */
  public CycleGanPreset withLoss(CycleGanLossFunction l) {
    return new CycleGanPreset(architecture, l, optimizers, batchSize, reference);
  }

  /**
   * {@return a copy with other optimizers}
   *
   * @param o the optimizers of the copy
   */
  public CycleGanPreset withOptimizers(OptimizerPair o) {
    return new CycleGanPreset(architecture, loss, o, batchSize, reference);
  }

  /**
   * {@return a copy with the same optimizer settings for both sides}
   *
   * @param o the optimizer settings for both the generators and the discriminators
   */
  public CycleGanPreset withOptimizers(Optimizer o) {
    return withOptimizers(OptimizerPair.of(o));
  }

  /**
   * {@return a copy with another batch size}
   *
   * @param b the batch size of the copy
   */
  public CycleGanPreset withBatchSize(int b) {
    return new CycleGanPreset(architecture, loss, optimizers, b, reference);
  }
}
