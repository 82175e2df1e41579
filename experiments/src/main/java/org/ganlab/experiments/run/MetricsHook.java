package org.ganlab.experiments.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ganlab.core.io.CsvLog;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.Scores;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainingHook;

/**
 * Writes every step's record: a row of metrics.csv (deterministic values only), a row of timing.csv
 * (wall clock), {@code train/<column>} scalars to TensorBoard and the progress display. Both CSVs
 * are cut back to the step the trainer starts from, so a resumed run's files equal an uninterrupted
 * run's.
 *
 * <p>metrics.csv columns: {@code step, d_loss, g_loss}, the loss's two score columns ({@code d_x,
 * d_g_z} for sigmoid losses, {@code critic_real, critic_fake} for critics; none when the loss
 * reports no scores), {@code d_grad_norm, g_grad_norm}, then the discriminator terms and the
 * generator terms by name.
 */
public final class MetricsHook implements TrainingHook, AutoCloseable {
  private final RunDirectory dir;
  private final TensorBoardWriter board;
  private final ProgressDisplay progress;
  private final long imagesPerStep;
  private List<String> header;
  private boolean scores;
  private CsvLog metrics;
  private CsvLog timing;
  private long nanos;
  private long steps;

  /**
   * @param imagesPerStep real examples one step consumes ({@code batch_size * n_critic}), for
   *     images/s
   */
  public MetricsHook(
      RunDirectory dir, TensorBoardWriter board, ProgressDisplay progress, long imagesPerStep) {
    this.dir = dir;
    this.board = board;
    this.progress = progress;
    this.imagesPerStep = imagesPerStep;
  }

  /** The metrics.csv header of a trainer's loss. */
  public static List<String> header(GanLoss loss) {
    List<String> h = new ArrayList<>(List.of("step", "d_loss", "g_loss"));
    Scores s = loss.scores();
    if (s != null) {
      h.add(s.kind().realColumn());
      h.add(s.kind().fakeColumn());
    }
    h.addAll(List.of("d_grad_norm", "g_grad_norm"));
    h.addAll(loss.discriminatorTerms().keySet());
    h.addAll(loss.generatorTerms().keySet());
    return h;
  }

  @Override
  public void begin(GanTrainer<?> trainer) {
    header = header(trainer.loss());
    scores = trainer.loss().scores() != null;
    metrics = new CsvLog(dir.metrics(), header, trainer.step());
    timing = new CsvLog(dir.timing(), List.of("step", "step_ms", "images_per_s"), trainer.step());
  }

  @Override
  public void afterStep(GanTrainer<?> trainer, StepRecord r, long stepNanos) {
    List<Object> row = new ArrayList<>(List.of(r.step(), r.discriminatorLoss(), r.generatorLoss()));
    if (scores) {
      row.add(r.dReal());
      row.add(r.dFake());
    }
    row.add(r.discriminatorGradientNorm());
    row.add(r.generatorGradientNorm());
    for (String k : header.subList(row.size(), header.size())) {
      row.add(r.terms().get(k));
    }
    metrics.row(row);
    Map<String, Float> scalars = new LinkedHashMap<>();
    for (int i = 1; i < header.size(); i++) {
      scalars.put("train/" + header.get(i), ((Number) row.get(i)).floatValue());
    }
    board.scalars(r.step(), scalars);
    timing.row(List.of(r.step(), fmt(stepNanos / 1e6), fmt(imagesPerSecond(stepNanos))));
    progress.update(r);
    nanos += stepNanos;
    steps++;
  }

  /** Mean wall-clock milliseconds per step so far (0 before the first). */
  public double msPerStep() {
    return steps > 0 ? nanos / 1e6 / steps : 0;
  }

  /** Real examples per second over {@code stepNanos}. */
  public double imagesPerSecond(long stepNanos) {
    return stepNanos > 0 ? imagesPerStep / (stepNanos / 1e9) : 0;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  @Override
  public void close() {
    if (metrics != null) {
      metrics.close();
    }
    if (timing != null) {
      timing.close();
    }
  }
}
