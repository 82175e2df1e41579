package org.ganlab.core.train.hooks;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ganlab.core.io.CsvLog;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainingHook;

/**
 * Writes every step as CSV rows: the step's deterministic values ({@link StepColumns}) to one file
 * (a run directory's metrics.csv) and its wall-clock time to another (timing.csv: {@code step,
 * step_ms, images_per_s}). Both files are cut back to the step the trainer starts from, so a
 * resumed run's files equal an uninterrupted run's; keeping the two apart keeps the first
 * reproducible bit for bit.
 */
public final class StepCsvHook implements TrainingHook, AutoCloseable {
  /** The columns of the timing file. */
  public static final List<String> TIMING_COLUMNS = List.of("step", "step_ms", "images_per_s");

  private final Path values;
  private final Path timing;
  private final long imagesPerStep;
  private StepColumns columns;
  private CsvLog valueLog;
  private CsvLog timingLog;
  private long nanos;
  private long steps;

  /**
   * @param values the CSV of the steps' values (created, or reopened and cut back)
   * @param timing the CSV of the steps' wall-clock times
   * @param imagesPerStep real examples one step consumes ({@code batch_size * n_critic}), for
   *     images/s
   */
  public StepCsvHook(Path values, Path timing, long imagesPerStep) {
    this.values = values;
    this.timing = timing;
    this.imagesPerStep = imagesPerStep;
  }

  @Override
  public void begin(GanTrainer<?> trainer) {
    columns = StepColumns.of(trainer.loss());
    valueLog = new CsvLog(values, columns.names(), trainer.step());
    timingLog = new CsvLog(timing, TIMING_COLUMNS, trainer.step());
  }

  @Override
  public void afterStep(GanTrainer<?> trainer, StepRecord r, long stepNanos) {
    valueLog.row(columns.values(r));
    timingLog.row(List.of(r.step(), fmt(stepNanos / 1e6), fmt(imagesPerSecond(stepNanos))));
    nanos += stepNanos;
    steps++;
  }

  /** {@return mean wall-clock milliseconds per step so far (0 before the first)} */
  public double msPerStep() {
    return steps > 0 ? nanos / 1e6 / steps : 0;
  }

  /**
   * {@return real examples per second over {@code stepNanos}}
   *
   * @param stepNanos the wall-clock time of one step, in nanoseconds
   */
  public double imagesPerSecond(long stepNanos) {
    return stepNanos > 0 ? imagesPerStep / (stepNanos / 1e9) : 0;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  @Override
  public void close() {
    if (valueLog != null) {
      valueLog.close();
    }
    if (timingLog != null) {
      timingLog.close();
    }
  }
}
