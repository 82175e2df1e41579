package org.ganlab.experiments.bench;

import java.util.List;
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

  /**
   * The metric values for one seed, computed after the suite's runs have finished.
   *
   * @param seed the seed
   * @param bench the benchmark's directories: {@link BenchLayout#referenceDir} of this row's label
   *     and the seed holds the files that show how the values were computed (e.g. every example's
   *     score), created by the row if it writes any; {@link BenchLayout#runDir} finds the suite's
   *     runs for rows that read them (e.g. a classifier trained on a run's samples)
   * @return the values; keys are eval.csv column names
   */
  Map<String, Number> compute(long seed, BenchLayout bench);

  /**
   * {@return the runs this row reads that no entry of the suite trains (e.g. a model of another
   * family scored by this suite's code); the suite trains them with its entries' runs, and the
   * table shows them only through this row}
   */
  default List<RunSpec> runs() {
    return List.of();
  }
}
