package org.ganlab.experiments.bench;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A reference row of a fixed, untrained mapping scored by the code that scores the runs: the same
 * values for every seed, so {@link #compute} ignores it. {@link TranslationMappingReference} and
 * {@link PairedMappingReference} make them for their tasks.
 *
 * @param label what the table calls it
 * @param description how it is computed, for the table's notes
 * @param scores computes the values
 */
record FixedMappingRow(String label, String description, Supplier<Map<String, Number>> scores)
    implements ReferenceRow {

  @Override
  public Map<String, Number> compute(long seed, BenchLayout bench) {
    return scores.get();
  }
}
