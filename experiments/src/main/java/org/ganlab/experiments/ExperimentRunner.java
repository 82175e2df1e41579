package org.ganlab.experiments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.ganlab.experiments.run.LocalWorkers;
import org.ganlab.experiments.run.Provenance;
import org.ganlab.experiments.run.RunDirectory;
import org.ganlab.experiments.run.RunLock;
import org.ganlab.metrics.eval.Evaluator;
import org.ganlab.metrics.features.FeatureExtractor;
import org.ganlab.metrics.io.SampleFiles;

/**
 * Runs an experiment into a run directory: resolves its bindings, writes config and provenance,
 * trains ({@link TrainingRun}: metrics and timing CSVs, sample pictures, periodic evaluation and
 * checksummed checkpoints), resumes a run from its newest intact checkpoint, and samples or
 * evaluates a run's checkpoint.
 */
public final class ExperimentRunner {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final ExperimentRegistry registry;
  private final PrintStream out;
  private final boolean terminal;

  /**
   * @param out where progress and results are printed
   * @param terminal whether {@code out} is an interactive terminal
   */
  public ExperimentRunner(ExperimentRegistry registry, PrintStream out, boolean terminal) {
    this.registry = registry;
    this.out = out;
    this.terminal = terminal;
  }

  /** Starts a new run in this process. */
  public RunResult run(RunRequest req) {
    return run(req, Workers.NONE);
  }

  /**
   * Starts a new run, as task 0 of {@code workers}' cluster when it has one: its batches are split
   * into one shard per worker ({@code grad_shards} is set to the number of workers).
   *
   * @param req the experiment, seed, settings and directory
   * @param workers where the data-parallel workers are
   * @return where the run went and how fast it trained
   */
  public RunResult run(RunRequest req, Workers workers) {
    Experiment experiment = registry.create(req.experiment());
    Hyperparameters hp = experiment.hyperparameters();
    if (req.steps().isPresent()) {
      hp = hp.with("steps", Long.toString(req.steps().get()));
    }
    hp = hp.withAssignments(req.assignments());
    if (workers.cluster() != null
        && !req.assignments().stream().anyMatch(a -> a.startsWith("grad_shards="))) {
      hp = hp.with("grad_shards", Integer.toString(workers.cluster().size()));
    }
    RunContext ctx = new RunContext(experiment.name(), req.seed(), req.dataDir(), hp);
    ResolvedRun resolved = ResolvedRun.resolve(experiment, ctx);
    resolved = resolved.withSetup(workers.apply(resolved.setup()));
    RunSetup setup = resolved.setup();
    RunHooks.checkDiagnostics(experiment.name(), setup);
    RunDirectory dir =
        req.runDir()
            .map(RunDirectory::new)
            .orElseGet(() -> RunDirectory.create(req.outBase(), experiment.name(), req.seed()));
    if (Files.exists(dir.config())) {
      throw new ConfigException(
          "run directory "
              + dir.root()
              + " already holds a run; use"
              + " 'ganlab resume "
              + dir.root()
              + "' or another run directory");
    }
    try {
      Files.createDirectories(dir.root());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir.root() + ": " + e.getMessage(), e);
    }
    try (RunLock lock = RunLock.acquire(dir.root())) {
      writeJson(dir.config(), config(experiment, ctx, setup));
      writeJson(
          dir.provenance(),
          Provenance.collect(
              experiment.name(),
              ctx.seed(),
              setup.trainerConfig().session(),
              setup.dataChecksums()));
      return train(dir, resolved, workers, false, false);
    }
  }

  /** Continues the run in {@code runDir} from its newest intact checkpoint. */
  public RunResult resume(Path runDir) {
    return resume(runDir, false);
  }

  /**
   * Continues the run in {@code runDir} from its newest intact checkpoint that its logs reach.
   *
   * @param allowDataChange continue even if a data file's SHA-256 differs from provenance.json (the
   *     change is recorded there); otherwise such a resume is refused, naming the file
   */
  public RunResult resume(Path runDir, boolean allowDataChange) {
    return resume(runDir, allowDataChange, Workers.NONE);
  }

  /**
   * As {@link #resume(Path, boolean)}, as task 0 of {@code workers}' cluster when it has one (as
   * many workers as the run's {@code grad_shards}).
   *
   * @param runDir the run directory
   * @param allowDataChange continue even if a data file's SHA-256 differs from provenance.json
   * @param workers where the data-parallel workers are
   * @return where the run went and how fast it trained
   */
  public RunResult resume(Path runDir, boolean allowDataChange, Workers workers) {
    RunDirectory dir = new RunDirectory(runDir);
    try (RunLock lock = RunLock.acquire(RestoredRun.existing(dir).root())) {
      ResolvedRun run = ResolvedRun.load(dir.config(), registry);
      return train(dir, run.withSetup(workers.apply(run.setup())), workers, true, allowDataChange);
    }
  }

  private RunResult train(
      RunDirectory dir,
      ResolvedRun run,
      Workers workers,
      boolean resuming,
      boolean allowDataChange) {
    if (!workers.local()) {
      return new TrainingRun(dir, run, out, terminal, List.of()).train(resuming, allowDataChange);
    }
    try (LocalWorkers local = new LocalWorkers(dir.root(), workers.cluster())) {
      return new TrainingRun(dir, run, out, terminal, List.of(local))
          .train(resuming, allowDataChange);
    }
  }

  /**
   * Writes a picture of {@code n} samples from the run's checkpoint at {@code step} (newest intact
   * if empty) to {@code output} (a text family's words, one per line); labels are the requested
   * classes of a conditional model. With {@code interpolate >= 2} the picture is instead {@code
   * max(1, n / interpolate)} rows of {@code interpolate} images ({@link RunViews#interpolation}).
   */
  public Path sample(
      Path runDir, Optional<Long> step, int n, int[] labels, int interpolate, Path output) {
    try (RestoredRun restored = RestoredRun.open(runDir, step, registry, out);
        ImageGrid grid = new ImageGrid()) {
      OpenRun open = restored.open();
      byte[] bytes =
          interpolate >= 2
              ? grid.encode(
                  RunViews.interpolation(open, Math.max(1, n / interpolate), interpolate, labels))
              : open.words() != null
                  ? open.words().file(n)
                  : grid.encode(open.picture().draw(n, labels));
      AtomicFiles.write(output, bytes);
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code n} samples of the run's checkpoint at {@code step} (newest intact if empty) as
   * files ({@link SampleFiles}): from the fixed latent codes of the sample picture, with {@code
   * labels} (default: classes in turn) for a conditional model.
   *
   * @param extractor creates the feature extractor of {@link SampleFiles.Format#NPZ} (else unused)
   */
  public Path sampleFiles(
      Path runDir,
      Optional<Long> step,
      int n,
      int[] labels,
      SampleFiles.Format format,
      Supplier<FeatureExtractor> extractor,
      Path output) {
    try (RestoredRun restored = RestoredRun.open(runDir, step, registry, out)) {
      OpenRun open = restored.open();
      Sampler sampler = open.requireSampler();
      int[] y = labels;
      if (y == null && sampler.numClasses() > 0) {
        y = new int[n];
        Arrays.setAll(y, i -> i % sampler.numClasses());
      }
      long[] seed = new Seeds(open.trainer().config().seed()).pair("fixed-latent", 0);
      float[] samples = sampler.sample(seed, n, y);
      int[] shape = sampler.exampleShape();
      switch (format) {
        case PNG_DIR -> SampleFiles.writePngs(samples, n, shape, output);
        case NPY -> SampleFiles.writeNpy(samples, n, shape, output);
        case NPZ -> {
          try (FeatureExtractor x = extractor.get()) {
            SampleFiles.writeStatistics(samples, n, shape, x, output);
          }
        }
      }
      return output;
    }
  }

  /**
   * The values of an evaluation of one checkpoint.
   *
   * @param step the checkpoint's step
   * @param values metric name to value, in eval.csv column order, then the detail tables' columns
   *     (e.g. class_balance.csv's)
   */
  public record Evaluation(long step, Map<String, Number> values) {}

  /**
   * Evaluates the run's checkpoint at {@code step} (newest intact if empty) with the run's
   * evaluator: the same values as eval.csv's row for that step, if the run evaluated there.
   */
  public Evaluation evaluate(Path runDir, Optional<Long> step) {
    try (RestoredRun restored = RestoredRun.open(runDir, step, registry, out);
        Evaluator<OpenRun> evaluator =
            restored
                .run()
                .evaluation()
                .create(restored.run().setup(), restored.dir().featureCache())) {
      if (!evaluator.enabled()) {
        throw new ConfigException(
            "experiment "
                + restored.run().experiment().name()
                + " has no evaluator for this run (eval_every = 0, or no default for its data)");
      }
      OpenRun open = restored.open();
      return new Evaluation(open.trainer().step(), evaluator.evaluate(open));
    }
  }

  /** Builds the experiment's injector and resolves the setup, unwrapping Guice's errors. */
  public static RunSetup resolve(Experiment experiment, RunContext ctx) {
    return ResolvedRun.resolve(experiment, ctx).setup();
  }

  private static Map<String, Object> config(Experiment e, RunContext ctx, RunSetup s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("experiment", e.name());
    m.put("experimentClass", e.getClass().getName());
    m.put("seed", ctx.seed());
    m.put("dataDir", ctx.dataDir().map(Path::toString).orElse(null));
    m.put("hyperparameters", ctx.hyperparameters().values());
    m.putAll(s.components());
    return m;
  }

  private static void writeJson(Path f, Object value) {
    try {
      AtomicFiles.write(f, JSON.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
    }
  }
}
