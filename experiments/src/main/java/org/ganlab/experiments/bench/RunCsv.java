package org.ganlab.experiments.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what benchmark and sweep tables take from a run directory: eval.csv and timing.csv. */
public final class RunCsv {
  private RunCsv() {}

  /**
   * {@return the eval.csv row at {@code step} as column to value, or null when there is none}
   *
   * @param csv an eval.csv
   * @param step the step column's value
   */
  public static Map<String, Double> evalRow(Path csv, long step) {
    List<String> lines = lines(csv);
    if (lines.isEmpty()) {
      return null;
    }
    String[] header = lines.get(0).split(",");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      if (cells.length == header.length && Long.parseLong(cells[0]) == step) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 1; i < header.length; i++) {
          m.put(header[i], Double.parseDouble(cells[i]));
        }
        return m;
      }
    }
    return null;
  }

  /** Sum of timing.csv's step_ms over steps up to {@code step}. */
  static double trainMillis(Path csv, long step) {
    List<String> lines = lines(csv);
    double total = 0;
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] cells = line.split(",");
      if (cells.length >= 2 && Long.parseLong(cells[0]) <= step) {
        total += Double.parseDouble(cells[1]);
      }
    }
    return total;
  }

  private static List<String> lines(Path csv) {
    try {
      return Files.exists(csv) ? Files.readAllLines(csv, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
    }
  }
}
