package org.ganlab.experiments.bench;

import java.util.OptionalLong;

/**
 * One row of a benchmark table: a label and the run configuration it reads.
 *
 * @param label what the table calls it
 * @param run the runs it reads
 * @param atStep the eval.csv row it reads; empty for the final row. Step 0 reads the untrained
 *     generator, which costs no run of its own when another entry trains the same configuration.
 */
public record BenchEntry(String label, RunSpec run, OptionalLong atStep) {

  /** An entry that reads the final evaluation of its runs. */
  public static BenchEntry of(String label, RunSpec run) {
    return new BenchEntry(label, run, OptionalLong.empty());
  }

  /** An entry that reads the evaluation at {@code step} of its runs. */
  public static BenchEntry atStep(String label, RunSpec run, long step) {
    return new BenchEntry(label, run, OptionalLong.of(step));
  }
}
