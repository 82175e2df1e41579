package org.ganlab.experiments.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * A row computed without training, for scale: real data against the reference set (the floor a
 * generator can reach) or a trivial mapping (the ceiling it must beat). Computed once per seed,
 * with the same metric code and sample counts as the runs.
 */
public interface ReferenceRow {
  /** What the table calls it. */
  String label();

  /** How it is computed, for the table's notes. */
  String description();

  /** The metric values for one seed; keys are eval.csv column names. */
  Map<String, Number> compute(long seed);

  /**
   * The metric values for one seed, with a directory of the row's own for the files that show how
   * they were computed (e.g. every example's score); by default {@link #compute(long)}.
   *
   * @param seed the seed
   * @param dir the row's directory for this seed (created by the row if it writes files)
   * @return the values; keys are eval.csv column names
   */
  default Map<String, Number> compute(long seed, Path dir) {
    return compute(seed);
  }
}
