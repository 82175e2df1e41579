package org.ganlab.experiments;

import java.util.List;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.Regularizer;
import org.ganlab.core.train.TrainerConfig;

/**
 * Everything an experiment's injector resolves for one run: the plain library objects that
 * {@link GanTrainer} takes, plus the schedule.
 */
public record TrainingSetup(GanArchitecture architecture, GanLossFunction loss,
    List<Regularizer> regularizers, DataSource data, Optimizer discriminatorOptimizer,
    Optimizer generatorOptimizer, TrainerConfig trainerConfig, Schedule schedule) {

  /** Builds the trainer (the caller closes it). */
  public GanTrainer newTrainer() {
    return GanTrainer.builder(architecture, loss, data)
        .regularizers(regularizers)
        .discriminatorOptimizer(discriminatorOptimizer)
        .generatorOptimizer(generatorOptimizer)
        .config(trainerConfig)
        .build();
  }
}
