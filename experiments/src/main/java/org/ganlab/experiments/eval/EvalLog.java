package org.ganlab.experiments.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.checkpoint.BestCheckpoint;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.io.CsvLog;
import org.ganlab.core.train.hooks.BestMetric;
import org.ganlab.core.train.hooks.EvaluationHook;
import org.ganlab.experiments.run.ProgressDisplay;
import org.ganlab.experiments.run.RunDirectory;
import org.ganlab.experiments.run.RunLog;
import org.ganlab.experiments.run.TensorBoardWriter;
import org.ganlab.metrics.eval.Evaluator;

/**
 * Where a run's evaluations go: eval.csv rows, {@code eval/<name>} TensorBoard scalars, the
 * progress display and run.log; and {@code checkpoints/best.json} once the best step's checkpoint
 * is complete ({@link #checkpointSaved}).
 */
public final class EvalLog implements EvaluationHook.Listener, AutoCloseable {
  private final Evaluator<?> evaluator;
  private final RunDirectory dir;
  private final TensorBoardWriter board;
  private final ProgressDisplay progress;
  private final RunLog log;
  private final BestMetric best;
  private final CsvLog csv;

  /**
   * Opens eval.csv cut back to the rows a run restored at {@code start} has written (none at step
   * 0, which is evaluated again), and offers their primary metric to {@code best}, so the best
   * agrees with eval.csv after a resume.
   */
  public EvalLog(
      Evaluator<?> evaluator,
      RunDirectory dir,
      TensorBoardWriter board,
      ProgressDisplay progress,
      RunLog log,
      BestMetric best,
      long start) {
    this.evaluator = evaluator;
    this.dir = dir;
    this.board = board;
    this.progress = progress;
    this.log = log;
    this.best = best;
    List<String> header = new ArrayList<>(List.of("step"));
    header.addAll(evaluator.metrics());
    this.csv = new CsvLog(dir.eval(), header, start == 0 ? -1 : start);
    int col = header.indexOf(evaluator.primaryMetric());
    try {
      List<String> lines = Files.readAllLines(dir.eval());
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",");
        best.offer(Long.parseLong(cells[0]), Double.parseDouble(cells[col]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.eval() + ": " + e.getMessage(), e);
    }
    if (best.step().isPresent()
        && Checkpointer.verify(
                dir.checkpoints().resolve(Checkpointer.dirName(best.step().getAsLong())))
            .isEmpty()) {
      record().write(dir.checkpoints());
    }
  }

  @Override
  public void evaluated(long step, Map<String, Number> values, boolean isBest) {
    List<Object> row = new ArrayList<>(List.of(step));
    Map<String, Float> scalars = new LinkedHashMap<>();
    for (String name : evaluator.metrics()) {
      Number v = values.get(name);
      if (v == null) {
        throw new IllegalStateException(
            "the evaluator of " + evaluator.metrics() + " returned no value for " + name);
      }
      row.add(v);
      scalars.put("eval/" + name, v.floatValue());
    }
    csv.row(row);
    board.scalars(step, scalars);
    progress.evaluated(step, values);
    log.log("eval step " + step + ": " + values);
  }

  /** Writes best.json if {@code step} is the best (its checkpoint is now complete). */
  public void checkpointSaved(long step) {
    if (best.isBest(step)) {
      record().write(dir.checkpoints());
    }
  }

  private BestCheckpoint record() {
    return new BestCheckpoint(
        best.step().getAsLong(), best.metric(), best.value(), best.higherIsBetter());
  }

  @Override
  public void close() {
    csv.close();
  }
}
