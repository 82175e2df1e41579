package org.ganlab.experiments;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ganlab.core.data.UnpairedDataSource;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.core.train.cycle.CycleGanArchitecture;
import org.ganlab.core.train.cycle.CycleGanLossFunction;
import org.ganlab.core.train.cycle.CycleGanTrainer;

/**
 * Everything a translation experiment resolves for one run: the plain library objects that
 * {@link CycleGanTrainer} takes, plus the schedule. An experiment binds it as its {@link
 * RunSetup} (see {@code CycleGanExperiment}); the optimizers, trainer config and schedule can
 * come from {@link TrainingModule} as for a single GAN.
 */
public record CycleGanSetup(CycleGanArchitecture architecture, CycleGanLossFunction loss,
    UnpairedDataSource data, Optimizer discriminatorOptimizer, Optimizer generatorOptimizer,
    TrainerConfig trainerConfig, Schedule schedule) implements RunSetup {

  /** Builds the trainer (the caller closes it). */
  public CycleGanTrainer newTrainer() {
    return CycleGanTrainer.builder(architecture, loss, data)
        .discriminatorOptimizer(discriminatorOptimizer)
        .generatorOptimizer(generatorOptimizer)
        .config(trainerConfig)
        .build();
  }

  /** The trainer with A -> B -> A translation rows as its sample picture. */
  @Override
  public RunTrainer open() {
    return new CycleGanRunTrainer(newTrainer(), data);
  }

  @Override
  public Map<String, String> dataChecksums() {
    return data.fileChecksums();
  }

  @Override
  public Map<String, Object> components() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", architecture.hyperparameters());
    m.put("loss", loss.name());
    m.put("discriminatorOptimizer", discriminatorOptimizer.describe());
    m.put("generatorOptimizer", generatorOptimizer.describe());
    m.put("trainer", Map.of("batchSize", trainerConfig.batchSize(),
        "nCritic", trainerConfig.nCritic()));
    return m;
  }
}
