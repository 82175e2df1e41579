package org.ganlab.experiments.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.image.StepCurves;
import org.ganlab.experiments.ConfigException;

/**
 * Reads what benchmark and sweep tables and plots take from a run directory: eval.csv, timing.csv,
 * and any column of a step-indexed CSV (metrics.csv, diagnostics.csv, eval.csv).
 */
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

  /**
   * {@return one column of a CSV whose first column is the step, against that step}
   *
   * @param csv a run's metrics.csv, diagnostics.csv or eval.csv
   * @param column the header of the column
   * @throws ConfigException naming the file when it is missing or empty, the column when the header
   *     lacks it (with the columns it has), and the line of a cell that is not a number
   */
  public static StepCurves.Series column(Path csv, String column) {
    if (!Files.isRegularFile(csv)) {
      throw new ConfigException(csv + ": no such file");
    }
    List<String> lines = lines(csv);
    if (lines.isEmpty()) {
      throw new ConfigException(csv + ": empty, no header");
    }
    List<String> header = List.of(lines.get(0).split(","));
    int at = header.indexOf(column);
    if (at < 1) {
      throw new ConfigException(
          csv + ": no column '" + column + "'; columns: " + String.join(", ", header));
    }
    double[] steps = new double[lines.size() - 1];
    double[] values = new double[lines.size() - 1];
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      try {
        steps[i - 1] = Long.parseLong(cells[0]);
        values[i - 1] = Double.parseDouble(cells[at]);
      } catch (RuntimeException e) {
        throw new ConfigException(
            csv + " line " + (i + 1) + ": '" + column + "' or the step is not a number: " + e);
      }
    }
    return new StepCurves.Series(steps, values);
  }

  /**
   * {@return the sum of timing.csv's step_ms over steps up to {@code step}}
   *
   * @param csv a timing.csv
   * @param step the last step counted
   */
  public static double trainMillis(Path csv, long step) {
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
