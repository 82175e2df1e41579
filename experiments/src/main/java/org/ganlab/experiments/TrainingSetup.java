package org.ganlab.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.Regularizer;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.run.SampleRenderer;

/**
 * Everything an experiment's injector resolves for one GAN run: the plain library objects that
 * {@link GanTrainer} takes, plus the schedule.
 */
public record TrainingSetup(GanArchitecture architecture, GanLossFunction loss,
    List<Regularizer> regularizers, DataSource data, Optimizer discriminatorOptimizer,
    Optimizer generatorOptimizer, TrainerConfig trainerConfig, Schedule schedule)
    implements RunSetup {

  /** Builds the trainer (the caller closes it). */
  public GanTrainer newTrainer() {
    return GanTrainer.builder(architecture, loss, data)
        .regularizers(regularizers)
        .discriminatorOptimizer(discriminatorOptimizer)
        .generatorOptimizer(generatorOptimizer)
        .config(trainerConfig)
        .build();
  }

  /** The trainer with a grid (images) or scatter-plot (2D points) sample picture. */
  @Override
  public RunTrainer open() {
    SampleRenderer renderer = SampleRenderer.forExamples(architecture.exampleShape(), data);
    return new GanRunTrainer(newTrainer(), renderer, architecture.numClasses());
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
    m.put("regularizers", regularizers.stream().map(Regularizer::name).toList());
    m.put("discriminatorOptimizer", discriminatorOptimizer.describe());
    m.put("generatorOptimizer", generatorOptimizer.describe());
    m.put("trainer", Map.of("batchSize", trainerConfig.batchSize(),
        "nCritic", trainerConfig.nCritic(), "emaDecay", trainerConfig.emaDecay()));
    return m;
  }
}
