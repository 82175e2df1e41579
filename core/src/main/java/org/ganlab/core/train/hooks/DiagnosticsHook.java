package org.ganlab.core.train.hooks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ganlab.core.io.CsvLog;
import org.ganlab.core.train.Diagnosable;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.core.train.TrainingHook;

/**
 * Writes the {@link Diagnostics} of a {@link Diagnosable} model every {@code every} steps to a CSV
 * (a run directory's diagnostics.csv): {@code step, g_output_grad_norm}, the 5th, 50th and 95th
 * percentiles of D's raw outputs on the real and the generated batch ({@code d_real_p5 ...
 * d_fake_p95}), then {@code sigma/<variable>} (largest singular value) and {@code grad/<variable>}
 * (gradient norm) for every weight matrix, the generator's first. The values are taken on the
 * inputs of the step's generator update (its data batch and random streams) after the update, in a
 * session run of their own, so they are deterministic and leave training untouched (the trainer's
 * own feeder replays them); like metrics.csv the file is cut back to the step the trainer starts
 * from, so a resumed run's file equals an uninterrupted run's.
 */
public final class DiagnosticsHook implements TrainingHook, AutoCloseable {
  /** Receives each step's diagnostics after its row is written (e.g. for TensorBoard). */
  @FunctionalInterface
  public interface Listener {
    /**
     * Called with the diagnostics of one step.
     *
     * @param diagnostics the norms and percentiles of the step
     */
    void diagnosed(Diagnostics diagnostics);
  }

  private final Path csv;
  private final long every;
  private final Listener listener;
  private GanTrainer<?> builtFor;
  private DiagnosticOps ops;
  private CsvLog log;

  /**
   * @param csv the CSV (created, or reopened and cut back)
   * @param every interval in steps
   * @param listener told of each step's diagnostics, or null
   */
  public DiagnosticsHook(Path csv, long every, Listener listener) {
    if (every < 1) {
      throw new IllegalArgumentException("every must be >= 1, got " + every);
    }
    this.csv = Objects.requireNonNull(csv, "csv");
    this.every = every;
    this.listener = listener;
  }

  @Override
  public void begin(GanTrainer<?> trainer) {
    if (!(trainer.model() instanceof Diagnosable model)) {
      throw new IllegalArgumentException(
          "diagnostics need a model with one generator side and one discriminator"
              + " (a Diagnosable model), got "
              + trainer.model().getClass().getSimpleName());
    }
    Optional<String> refused = refusal(trainer.config());
    if (refused.isPresent()) {
      throw new IllegalArgumentException("diagnostics: " + refused.get());
    }
    if (builtFor != trainer) {
      ops = new DiagnosticOps(trainer.graph(), model.diagnosticTargets(), trainer.loss());
      builtFor = trainer;
    }
    close();
    log = new CsvLog(csv, columns(ops.matrixNames()), trainer.step());
  }

  /**
   * {@return why diagnostics cannot run under {@code config}, or empty when they can}: they
   * differentiate one whole batch's loss, which a run with {@code grad_shards} above 1 never
   * builds. Callers that check before a run starts use this so the reason is worded once.
   *
   * @param config the trainer's configuration
   */
  public static Optional<String> refusal(TrainerConfig config) {
    int shards = config.gradShards();
    return shards > 1
        ? Optional.of(
            "not available with grad_shards="
                + shards
                + " (the diagnostics differentiate one whole batch's loss, which a sharded run"
                + " never builds); diagnose the run unsharded")
        : Optional.empty();
  }

  /**
   * {@return the CSV header for weight matrices named {@code matrices}}
   *
   * @param matrices the names of the weight matrices
   */
  public static List<String> columns(List<String> matrices) {
    List<String> c = new ArrayList<>(List.of("step", "g_output_grad_norm"));
    for (String side : List.of("d_real", "d_fake")) {
      for (double q : Diagnostics.QUANTILES) {
        c.add(side + "_p" + Math.round(q * 100));
      }
    }
    matrices.forEach(m -> c.add("sigma/" + m));
    matrices.forEach(m -> c.add("grad/" + m));
    return c;
  }

  @Override
  public void afterStep(GanTrainer<?> trainer, StepRecord record, long nanos) {
    long step = record.step();
    if (step % every != 0) {
      return;
    }
    int nCritic = trainer.config().nCritic();
    // The step's generator update: the last data batch of the step and update index s*(n+1)+n.
    long s = step - 1;
    Diagnostics d =
        ops.run(
            trainer.session(),
            trainer.feeder(),
            s * nCritic + nCritic - 1,
            s * (nCritic + 1) + nCritic,
            step);
    List<Object> row = new ArrayList<>();
    row.add(step);
    row.add(d.generatorOutputGradientNorm());
    for (double q : d.dRealQuantiles()) {
      row.add((float) q);
    }
    for (double q : d.dFakeQuantiles()) {
      row.add((float) q);
    }
    d.spectralNorms().values().forEach(v -> row.add((float) (double) v));
    row.addAll(d.gradientNorms().values());
    log.row(row);
    if (listener != null) {
      listener.diagnosed(d);
    }
  }

  @Override
  public void close() {
    if (log != null) {
      log.close();
      log = null;
    }
  }
}
