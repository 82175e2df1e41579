package org.ganlab.experiments.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainingHook;
import org.ganlab.core.train.hooks.StepColumns;

/**
 * Shows every step's record: the metrics.csv columns as {@code train/<column>} scalars in
 * TensorBoard, and the progress display. (metrics.csv and timing.csv themselves are written by
 * core's {@link org.ganlab.core.train.hooks.StepCsvHook}.)
 */
public final class StepDisplayHook implements TrainingHook {
  private final TensorBoardWriter board;
  private final ProgressDisplay progress;
  private StepColumns columns;

  /** Writes to {@code board} and updates {@code progress}. */
  public StepDisplayHook(TensorBoardWriter board, ProgressDisplay progress) {
    this.board = board;
    this.progress = progress;
  }

  @Override
  public void begin(GanTrainer<?> trainer) {
    columns = StepColumns.of(trainer.loss());
  }

  @Override
  public void afterStep(GanTrainer<?> trainer, StepRecord r, long stepNanos) {
    List<String> names = columns.names();
    List<Object> row = columns.values(r);
    Map<String, Float> scalars = new LinkedHashMap<>();
    for (int i = 1; i < names.size(); i++) {
      scalars.put("train/" + names.get(i), ((Number) row.get(i)).floatValue());
    }
    board.scalars(r.step(), scalars);
    progress.update(r);
  }
}
