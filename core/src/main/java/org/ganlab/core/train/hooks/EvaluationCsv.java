package org.ganlab.core.train.hooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.checkpoint.BestCheckpoint;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.io.CsvLog;

/**
 * Records evaluations: one CSV row per evaluated step ({@code step} then the metrics, a run
 * directory's eval.csv) and one in each detail table beside it (e.g. per-class shares), and {@code
 * best.json} in the checkpoint folder once the best step's checkpoint is complete ({@link
 * #checkpointSaved}). Reopened at a resumed step, it cuts the CSV back and offers the kept rows'
 * primary metric to the {@link BestMetric}, so the best agrees with the file after a resume.
 */
public final class EvaluationCsv implements EvaluationHook.Listener, AutoCloseable {
  private final List<String> metrics;
  private final Path checkpoints;
  private final BestMetric best;
  private final CsvLog csv;
  private final Map<CsvLog, List<String>> details = new LinkedHashMap<>();

  /**
   * @param file the CSV (created, or reopened and cut back to the rows up to {@code start}; none at
   *     step 0, which is evaluated again)
   * @param checkpoints the checkpoint folder best.json goes to
   * @param metrics the metric columns, in order
   * @param detailTables more CSV files beside {@code file}, one row per evaluation: file name to
   *     columns (each also a key of the evaluated values); cut back like {@code file}
   * @param best the best-so-far tracker of the primary metric ({@link BestMetric#metric()})
   * @param start the step training starts from
   */
  public EvaluationCsv(
      Path file,
      Path checkpoints,
      List<String> metrics,
      Map<String, List<String>> detailTables,
      BestMetric best,
      long start) {
    this.metrics = List.copyOf(metrics);
    this.checkpoints = checkpoints;
    this.best = best;
    List<String> header = new ArrayList<>(List.of("step"));
    header.addAll(metrics);
    this.csv = new CsvLog(file, header, start == 0 ? -1 : start);
    detailTables.forEach(
        (name, columns) -> {
          List<String> head = new ArrayList<>(List.of("step"));
          head.addAll(columns);
          details.put(
              new CsvLog(file.resolveSibling(name), head, start == 0 ? -1 : start),
              List.copyOf(columns));
        });
    int col = header.indexOf(best.metric());
    if (col < 0) {
      throw new IllegalArgumentException(
          "the primary metric " + best.metric() + " is not among the columns " + metrics);
    }
    try {
      List<String> lines = Files.readAllLines(file);
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",");
        best.offer(Long.parseLong(cells[0]), Double.parseDouble(cells[col]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (best.step().isPresent()
        && Checkpointer.verify(checkpoints.resolve(Checkpointer.dirName(best.step().getAsLong())))
            .isEmpty()) {
      record().write(checkpoints);
    }
  }

  @Override
  public void evaluated(long step, Map<String, Number> values, boolean isBest) {
    details.forEach((log, columns) -> log.row(row(step, columns, values)));
    csv.row(row(step, metrics, values));
  }

  private static List<Object> row(long step, List<String> columns, Map<String, Number> values) {
    List<Object> row = new ArrayList<>(List.of(step));
    for (String name : columns) {
      Number v = values.get(name);
      if (v == null) {
        throw new IllegalStateException(
            "the evaluation of " + columns + " returned no value for " + name);
      }
      row.add(v);
    }
    return row;
  }

  /**
   * Writes best.json if {@code step} is the best (its checkpoint is now complete).
   *
   * @param step the step whose checkpoint was saved
   */
  public void checkpointSaved(long step) {
    if (best.isBest(step)) {
      record().write(checkpoints);
    }
  }

  private BestCheckpoint record() {
    return new BestCheckpoint(
        best.step().getAsLong(), best.metric(), best.value(), best.higherIsBetter());
  }

  @Override
  public void close() {
    details.keySet().forEach(CsvLog::close);
    csv.close();
  }
}
