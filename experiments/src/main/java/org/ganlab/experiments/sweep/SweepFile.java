package org.ganlab.experiments.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A sweep as its file states it ({@link SweepFileReader} reads and checks it).
 *
 * @param file where it was read from (errors and the default output directory name it)
 * @param experiment what {@code ganlab run} is given
 * @param steps generator steps of every run (the experiment's default when the file names none)
 * @param fixed {@code key=value} overrides of every trial, in file order
 * @param keys the swept keys, in file order
 * @param random the random search, present exactly when some key is a range
 * @param seeds the root seeds every trial runs with
 * @param metric what the table ranks by
 */
public record SweepFile(
    Path file,
    String experiment,
    long steps,
    List<String> fixed,
    List<SweptKey> keys,
    Optional<RandomSearch> random,
    List<Long> seeds,
    RankMetric metric) {
  /** Copies the lists. */
  public SweepFile {
    fixed = List.copyOf(fixed);
    keys = List.copyOf(keys);
    seeds = List.copyOf(seeds);
  }

  /** {@return the file's name without its extension: the default output directory's name} */
  public String name() {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
