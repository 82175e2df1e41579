package org.ganlab.experiments.bench;

import java.util.Map;

/**
 * A figure from the literature shown as a reference row, with its source: the same value for every
 * seed (std 0), never computed here.
 *
 * @param label what the table calls it
 * @param description the source: paper, table, protocol
 * @param values metric name to the published value, in the table's units
 */
record PublishedRow(String label, String description, Map<String, Number> values)
    implements ReferenceRow {
  PublishedRow {
    values = Map.copyOf(values);
  }

  @Override
  public Map<String, Number> compute(long seed, BenchLayout bench) {
    return values;
  }
}
