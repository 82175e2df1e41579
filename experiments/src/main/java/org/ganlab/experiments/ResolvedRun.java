package org.ganlab.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import com.google.inject.util.Modules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.experiments.eval.EvaluatorFactory;

/**
 * What one experiment's injector resolves for a run: the experiment, its context, the setup and the
 * evaluator factory. Built from a request's context, or again from a run directory's config.json
 * (resume, sample, eval).
 *
 * @param experiment the experiment
 * @param context seed, data directory, hyperparameters
 * @param setup the trainer's family, schedule and config
 * @param evaluation builds the run's evaluator
 */
public record ResolvedRun(
    Experiment experiment, RunContext context, RunSetup setup, EvaluatorFactory evaluation) {

  /** Builds the experiment's injector and resolves the setup, unwrapping Guice's errors. */
  public static ResolvedRun resolve(Experiment experiment, RunContext ctx) {
    try {
      Injector injector =
          Guice.createInjector(Modules.override(new TrainingModule(ctx)).with(experiment));
      return new ResolvedRun(
          experiment,
          ctx,
          injector.getInstance(RunSetup.class),
          injector.getInstance(EvaluatorFactory.class));
    } catch (ProvisionException | CreationException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new ConfigException(
          "experiment " + experiment.name() + " cannot be wired: " + e.getMessage());
    }
  }

  /** Re-resolves a run from its config.json: experiment class, seed, data, hyperparameters. */
  public static ResolvedRun load(Path config, ExperimentRegistry registry) {
    try {
      JsonNode cfg = new ObjectMapper().readTree(config.toFile());
      Experiment experiment = registry.create(cfg.get("experimentClass").asText());
      Hyperparameters hp = experiment.hyperparameters();
      for (Iterator<Map.Entry<String, JsonNode>> it = cfg.get("hyperparameters").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        hp = hp.with(e.getKey(), e.getValue().asText());
      }
      JsonNode data = cfg.get("dataDir");
      Optional<Path> dataDir =
          data == null || data.isNull() ? Optional.empty() : Optional.of(Path.of(data.asText()));
      RunContext ctx = new RunContext(experiment.name(), cfg.get("seed").asLong(), dataDir, hp);
      return resolve(experiment, ctx);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + config + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@return a copy with another setup}
   *
   * @param s the setup of the copy
   */
  public ResolvedRun withSetup(RunSetup s) {
    return new ResolvedRun(experiment, context, s, evaluation);
  }
}
