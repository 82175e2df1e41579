package org.ganlab.experiments.bench;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.tf.Precision;
import org.ganlab.core.tf.StepProfile;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import org.ganlab.experiments.RunRequest;
import org.ganlab.models.TrainingPreset;
import org.ganlab.models.bench.RawTrainingLoop;

/**
 * {@code ganlab bench speed}: whole training steps of {@code ganlab run dcgan} (or {@code
 * wgan-gp}), by wall clock with everything a run does (batches built in Java, metrics.csv and
 * timing.csv rows, TensorBoard, progress lines, sample grids and checkpoints at their intervals),
 * against the same network as a hand-written TensorFlow Java loop ({@link SpeedModel}), timed
 * alternately in the same process for several rounds so that both sides see the same machine state.
 *
 * <p>A ganlab measurement runs {@code warmup} steps, then {@code warmup + steps} steps in a fresh
 * run directory, and divides the difference of the two wall-clock times by {@code steps}: start-up,
 * graph construction and the last step's checkpoint and grid cancel out. The raw loop is built, run
 * {@code warmup} steps, then timed over {@code steps} more. Evaluation is off on both sides: it is
 * not a per-step cost. On a CPU with bfloat16 instructions ganlab is timed with {@code
 * precision=bf16} too, against the same float32 raw loop.
 */
public final class SpeedBenchmark {
  /**
   * What to time.
   *
   * @param model the network and recipe
   * @param rounds alternating rounds (raw loop, then ganlab)
   * @param warmup steps before timing starts
   * @param steps timed steps per measurement
   * @param batchSize examples per batch on both sides
   * @param seed the root seed of both sides
   */
  public record Config(
      SpeedModel model, int rounds, long warmup, long steps, int batchSize, long seed) {
    /** 3 rounds of the DCGAN's 300 steps after 30, batches of 64 (the experiment's). */
    public static final Config DEFAULT = defaults(SpeedModel.DCGAN);

    /** Validates the counts. */
    public Config {
      java.util.Objects.requireNonNull(model, "model");
      if (rounds < 1 || warmup < 1 || steps < 1 || batchSize < 1) {
        throw new IllegalArgumentException(
            "rounds, warmup, steps and batch size must be positive, got "
                + rounds
                + ", "
                + warmup
                + ", "
                + steps
                + ", "
                + batchSize);
      }
    }

    /**
     * {@return 3 rounds of the model's default steps after 30, batches of 64}
     *
     * @param model the network and recipe
     */
    public static Config defaults(SpeedModel model) {
      return new Config(model, 3, 30, model.defaultSteps(), 64, 0);
    }
  }

  private final ExperimentRegistry registry;
  private final Optional<Path> dataDir;
  private final PrintStream progress;

  /**
   * @param registry resolves the timed experiment
   * @param dataDir Fashion-MNIST files instead of the embedded copy
   * @param progress one line per measurement, or a null stream
   */
  public SpeedBenchmark(ExperimentRegistry registry, Optional<Path> dataDir, PrintStream progress) {
    this.registry = registry;
    this.dataDir = dataDir;
    this.progress = progress;
  }

  /**
   * Times both sides {@code config.rounds()} times; ganlab's run directories are scratch, deleted
   * afterwards.
   *
   * @param config what to time
   * @return every round
   */
  public SpeedReport run(Config config) {
    Path scratch;
    try {
      scratch = Files.createTempDirectory("ganlab-bench-speed");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch directory", e);
    }
    try {
      SpeedReport r = run(config, scratch);
      return new SpeedReport(
          config, r.rounds(), r.rawParameters(), r.ganlabParameters(), List.of());
    } finally {
      try {
        MoreFiles.deleteRecursively(scratch, RecursiveDeleteOption.ALLOW_INSECURE);
      } catch (IOException e) {
        // Scratch run directories only.
      }
    }
  }

  /**
   * Times both sides {@code config.rounds()} times, keeping ganlab's run directories under {@code
   * runs} ({@code r<round>[-bf16]/warmup} and {@code /full}), whose provenance a table can cite.
   *
   * @param config what to time
   * @param runs where ganlab's run directories go
   * @return every round, and the full runs' directories
   */
  public SpeedReport run(Config config, Path runs) {
    ImageDataSource data = data(config);
    long ganlabParameters;
    try (GanTrainer<GanModel> t = config.model().preset().trainer(data, config.seed())) {
      ganlabParameters =
          t.model().generator().network().parameterCount()
              + t.model().discriminator().network().parameterCount();
    }
    long rawParameters = 0;
    List<SpeedReport.Round> rounds = new ArrayList<>();
    List<Path> timed = new ArrayList<>();
    for (int round = 1; round <= config.rounds(); round++) {
      double raw;
      try (RawTrainingLoop loop = config.model().rawLoop(config.batchSize(), config.seed())) {
        rawParameters = loop.trainableParameters();
        raw = timeRaw(loop, data, config);
      }
      progress.printf(Locale.ROOT, "[speed] round %d: raw loop %.2f ms/step%n", round, raw);
      Path fp32Dir = runs.resolve("r" + round);
      double ganlab = timeGanlab(fp32Dir, Precision.FP32, config);
      timed.add(fp32Dir.resolve("full"));
      progress.printf(Locale.ROOT, "[speed] round %d: ganlab fp32 %.2f ms/step%n", round, ganlab);
      double bf16 = Double.NaN;
      if (timesBf16()) {
        Path bf16Dir = runs.resolve("r" + round + "-bf16");
        bf16 = timeGanlab(bf16Dir, Precision.BF16, config);
        timed.add(bf16Dir.resolve("full"));
        progress.printf(Locale.ROOT, "[speed] round %d: ganlab bf16 %.2f ms/step%n", round, bf16);
      }
      rounds.add(new SpeedReport.Round(raw, ganlab, bf16));
    }
    return new SpeedReport(config, rounds, rawParameters, ganlabParameters, timed);
  }

  /**
   * {@return whether ganlab's bf16 steps are timed (and profiled) besides fp32 ones: only on a CPU
   * with bfloat16 instructions, where bf16 sessions are allowed}
   */
  public static boolean timesBf16() {
    return !Precision.cpuBf16Flags().isEmpty();
  }

  /**
   * Profiles one step of the model's library trainer in {@code precision} (the update alone,
   * without a run's hooks) after {@code config.warmup()} untraced steps: kernel time by op type
   * ({@link GanTrainer#profileStep}).
   *
   * @param config the model, warm-up steps, batch size and seed
   * @param precision the session's arithmetic ({@link Precision#BF16} needs a CPU with bfloat16
   *     instructions)
   * @return where the traced step's kernel time went
   */
  public StepProfile profile(Config config, Precision precision) {
    TrainingPreset preset = config.model().preset().withBatchSize(config.batchSize());
    TrainerConfig trainer = preset.config(config.seed());
    try (GanTrainer<GanModel> t =
        preset
            .builder(data(config), config.seed())
            .config(trainer.withSession(trainer.session().withPrecision(precision)))
            .build()) {
      for (long s = 0; s < config.warmup(); s++) {
        t.trainStep();
      }
      return t.profileStep();
    }
  }

  /** The Fashion-MNIST training set both sides draw their batches from. */
  private ImageDataSource data(Config config) {
    FashionMnist fashion =
        dataDir.map(FashionMnist::fromDirectory).orElseGet(FashionMnist::embedded);
    return new ImageDataSource(fashion.train(), new Seeds(config.seed()));
  }

  private static double timeRaw(RawTrainingLoop loop, ImageDataSource data, Config config) {
    for (long s = 0; s < config.warmup(); s++) {
      loop.step(batches(loop, data, s, config));
    }
    long start = System.nanoTime();
    for (long s = config.warmup(); s < config.warmup() + config.steps(); s++) {
      loop.step(batches(loop, data, s, config));
    }
    return (System.nanoTime() - start) / 1e6 / config.steps();
  }

  /** The real batches of one raw step, numbered as the trainer numbers a step's batches. */
  private static List<float[]> batches(
      RawTrainingLoop loop, ImageDataSource data, long step, Config config) {
    int n = loop.realBatchesPerStep();
    List<float[]> b = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      b.add(data.batch(step * n + i, config.batchSize()).values());
    }
    return b;
  }

  /** Milliseconds per step: two whole runs' difference over the extra steps. */
  private double timeGanlab(Path dir, Precision precision, Config config) {
    double warm = timeRun(dir.resolve("warmup"), config.warmup(), precision, config);
    double full = timeRun(dir.resolve("full"), config.warmup() + config.steps(), precision, config);
    return (full - warm) / config.steps();
  }

  /** Milliseconds of a whole {@code ganlab run} of the model's experiment for {@code steps}. */
  private double timeRun(Path runDir, long steps, Precision precision, Config config) {
    ExperimentRunner runner =
        new ExperimentRunner(registry, new PrintStream(OutputStream.nullOutputStream()), false);
    long start = System.nanoTime();
    runner.run(
        new RunRequest(
            config.model().experiment(),
            config.seed(),
            Optional.of(steps),
            List.of(
                "eval_every=0", "batch_size=" + config.batchSize(), "precision=" + precision.key()),
            runDir.getParent(),
            Optional.of(runDir),
            dataDir));
    return (System.nanoTime() - start) / 1e6;
  }
}
