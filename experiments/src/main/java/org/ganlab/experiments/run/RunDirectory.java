package org.ganlab.experiments.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.ganlab.core.train.hooks.SampleHook;

/**
 * The layout of a run directory ({@code runs/<experiment>/<yyyyMMdd-HHmmss>-s<seed>/}), see
 * DESIGN.md: config.json, provenance.json, run.log, metrics.csv, timing.csv, eval.csv, samples/,
 * checkpoints/ (with best.json).
 *
 * @param root the run directory
 */
public record RunDirectory(Path root) {
  /** Environment variable naming a feature-cache directory shared by all runs. */
  public static final String FEATURE_CACHE_ENV = "GANLAB_FEATURE_CACHE";

  /**
   * Creates a new, empty directory under {@code base} for a run started now: {@code
   * <experiment>/<yyyyMMdd-HHmmss>-s<seed>}, with {@code -2}, {@code -3}, ... appended only when
   * that name is taken (two runs started in the same second with the same seed). The directory is
   * created atomically, so two processes never get the same one.
   */
  public static RunDirectory create(Path base, String experiment, long seed) {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    String name = experiment.substring(experiment.lastIndexOf('.') + 1);
    Path parent = base.resolve(name);
    try {
      Files.createDirectories(parent);
      for (int i = 1; ; i++) {
        Path p = parent.resolve(stamp + "-s" + seed + (i == 1 ? "" : "-" + i));
        try {
          return new RunDirectory(Files.createDirectory(p));
        } catch (FileAlreadyExistsException e) {
          // taken: try the next suffix
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create a run directory in " + parent + ": " + e.getMessage(), e);
    }
  }

  /** config.json: experiment, seed, resolved hyperparameters and components. */
  public Path config() {
    return root.resolve("config.json");
  }

  /** provenance.json. */
  public Path provenance() {
    return root.resolve("provenance.json");
  }

  /** run.log. */
  public Path log() {
    return root.resolve("run.log");
  }

  /** metrics.csv: deterministic per-step values. */
  public Path metrics() {
    return root.resolve("metrics.csv");
  }

  /** diagnostics.csv: spectral and gradient norms, D's output percentiles every log_every steps. */
  public Path diagnostics() {
    return root.resolve("diagnostics.csv");
  }

  /** timing.csv: wall-clock per step. */
  public Path timing() {
    return root.resolve("timing.csv");
  }

  /**
   * The reference-feature cache of this run: {@code $GANLAB_FEATURE_CACHE} if set, else {@code
   * .feature-cache} next to the run directory (for {@code runs/dcgan/<stamp>-s0} that is {@code
   * runs/dcgan/.feature-cache}, shared by the experiment's runs).
   */
  public Path featureCache() {
    String env = System.getenv(FEATURE_CACHE_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path parent = root.toAbsolutePath().getParent();
    return (parent != null ? parent : root.toAbsolutePath()).resolve(".feature-cache");
  }

  /** eval.csv: step and the evaluator's metrics at each evaluation. */
  public Path eval() {
    return root.resolve("eval.csv");
  }

  /** samples/. */
  public Path samples() {
    return root.resolve("samples");
  }

  /** samples/step-XXXXXX.png. */
  public Path sample(long step) {
    return SampleHook.file(samples(), step);
  }

  /** tensorboard/: event files with scalars and sample grids. */
  public Path tensorboard() {
    return root.resolve("tensorboard");
  }

  /** checkpoints/. */
  public Path checkpoints() {
    return root.resolve("checkpoints");
  }
}
