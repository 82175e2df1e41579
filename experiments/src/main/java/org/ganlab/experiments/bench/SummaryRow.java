package org.ganlab.experiments.bench;

import java.util.List;

/**
 * A row that averages other rows of its table seed by seed, e.g. the mean AUROC over the ten
 * one-class rows of a detector: for each seed, the mean of the listed rows' values; then mean and
 * std over seeds like any row. A seed counts only if every listed row has a value for it.
 *
 * @param label what the table calls it
 * @param description how it is computed, for the table's notes
 * @param rows the labels of the rows it averages (trained or reference rows)
 */
public record SummaryRow(String label, String description, List<String> rows) {
  /** Copies the list and checks it is not empty. */
  public SummaryRow {
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("summary row '" + label + "' averages no rows");
    }
  }
}
