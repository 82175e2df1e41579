package org.ganlab.experiments.sweep;

/**
 * The eval.csv column a sweep ranks its trials by, read from each run's final evaluation.
 *
 * @param column the eval.csv column
 * @param maximize higher is better (else lower is)
 */
public record RankMetric(String column, boolean maximize) {
  /** {@return "maximize" or "minimize"} */
  public String goal() {
    return maximize ? "maximize" : "minimize";
  }
}
