package org.ganlab.experiments;

import java.nio.file.Path;
import java.util.Optional;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.seed.Seeds;

/**
 * What the command line decided for one run, available to experiments by injection.
 *
 * @param experiment the experiment's name
 * @param seed the root seed
 * @param dataDir a directory with data files replacing the embedded copy (--data-dir), if given
 * @param hyperparameters the resolved hyperparameters
 */
public record RunContext(
    String experiment, long seed, Optional<Path> dataDir, Hyperparameters hyperparameters) {

  /** The run's seed tree. */
  public Seeds seeds() {
    return new Seeds(seed);
  }
}
