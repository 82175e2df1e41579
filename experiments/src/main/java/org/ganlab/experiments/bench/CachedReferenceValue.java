package org.ganlab.experiments.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.ganlab.core.io.AtomicFiles;

/**
 * One value of a reference row that trains something (a classifier), computed once per seed and
 * kept as {@code eval.csv} (columns {@code step} and the value's) in the row's reference directory,
 * so that regenerating the table reads it instead of training again.
 */
final class CachedReferenceValue {
  private CachedReferenceValue() {}

  /**
   * {@return the value under {@code column}: read from the row's eval.csv when present, else
   * computed and written there; no value (an empty map) when {@code compute} has none}
   *
   * @param bench the benchmark's directories
   * @param label the row's label
   * @param seed the seed
   * @param column the eval.csv column, and the table's
   * @param compute the value, or empty when it cannot be computed (nothing is written then)
   */
  static Map<String, Number> get(
      BenchLayout bench, String label, long seed, String column, Supplier<OptionalDouble> compute) {
    Path dir = bench.referenceDir(label, seed);
    Path evalCsv = dir.resolve("eval.csv");
    try {
      if (Files.isRegularFile(evalCsv)) {
        List<String> lines = Files.readAllLines(evalCsv);
        String last = lines.get(lines.size() - 1);
        return Map.of(column, Double.parseDouble(last.substring(last.lastIndexOf(',') + 1)));
      }
      OptionalDouble value = compute.get();
      if (value.isEmpty()) {
        return Map.of();
      }
      Files.createDirectories(dir);
      AtomicFiles.writeString(evalCsv, "step," + column + "\n0," + value.getAsDouble() + "\n");
      return Map.of(column, value.getAsDouble());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write " + evalCsv, e);
    }
  }
}
