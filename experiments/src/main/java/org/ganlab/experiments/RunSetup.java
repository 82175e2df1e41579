package org.ganlab.experiments;

import java.util.Map;
import org.ganlab.core.train.TrainerConfig;

/**
 * What an experiment's injector resolves for one run: the plain library objects of its trainer,
 * the schedule, and how to open the trainer. {@link TrainingSetup} (one generator, one
 * discriminator, the default {@link TrainingModule} binds it) and {@link CycleGanSetup} (two of
 * each; an experiment binds it itself) implement it.
 */
public interface RunSetup {
  /** When the run samples, checkpoints and logs, and how long it is. */
  Schedule schedule();

  /** Seed, batch size, n_critic, EMA and session settings. */
  TrainerConfig trainerConfig();

  /** SHA-256 of each data file read, for provenance. */
  Map<String, String> dataChecksums();

  /** The components (architecture, loss, optimizers, trainer settings) for config.json. */
  Map<String, Object> components();

  /** Builds the trainer's graph and session (the caller closes it). */
  RunTrainer open();
}
