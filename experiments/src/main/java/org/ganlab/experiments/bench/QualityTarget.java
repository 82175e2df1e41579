package org.ganlab.experiments.bench;

import java.util.List;
import org.ganlab.metrics.stats.Bound;

/**
 * A quality target of a suite: met when at least one of {@code entries} (by label) satisfies every
 * bound on its mean over seeds. The table reports each target as met or not; a target is never
 * adjusted to what a run reached.
 *
 * @param description the target as the literature or the issue states it
 * @param entries labels of the rows that compete for it (the best one counts)
 * @param bounds what the best row's means must satisfy
 */
public record QualityTarget(String description, List<String> entries, List<Bound> bounds) {
  /** Copies the lists. */
  public QualityTarget {
    entries = List.copyOf(entries);
    bounds = List.copyOf(bounds);
  }
}
