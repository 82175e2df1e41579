package org.ganlab.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import com.google.inject.util.Modules;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.train.NonFiniteLossException;
import org.ganlab.core.train.StepRecord;
import org.ganlab.experiments.eval.BestCheckpoint;
import org.ganlab.experiments.eval.Evaluator;
import org.ganlab.experiments.eval.ReferenceFeatures;
import org.ganlab.experiments.run.AtomicFiles;
import org.ganlab.experiments.run.CsvLog;
import org.ganlab.experiments.run.ImageGrid;
import org.ganlab.experiments.run.ProgressDisplay;
import org.ganlab.experiments.run.Provenance;
import org.ganlab.experiments.run.RunDirectory;
import org.ganlab.experiments.run.RunLock;
import org.ganlab.experiments.run.RunLog;
import org.ganlab.experiments.run.RunStatus;
import org.ganlab.experiments.run.TensorBoardWriter;

/**
 * Runs an experiment into a run directory: resolves its bindings, writes config and provenance,
 * trains with metrics/timing CSVs, sample grids, periodic evaluation (eval.csv) and checksummed
 * checkpoints (the newest {@code keep_checkpoints} plus the best by the evaluator's primary
 * metric), and resumes a run from its newest intact checkpoint.
 */
public final class ExperimentRunner {
  private static final ObjectMapper JSON = new ObjectMapper()
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

  /** Starts a new run. */
  public RunResult run(RunRequest req) {
    Experiment experiment = registry.create(req.experiment());
    Hyperparameters hp = experiment.hyperparameters();
    if (req.steps().isPresent()) {
      hp = hp.with("steps", Long.toString(req.steps().get()));
    }
    hp = hp.withAssignments(req.assignments());
    RunContext ctx = new RunContext(experiment.name(), req.seed(), req.dataDir(), hp);
    Resolved resolved = resolveRun(experiment, ctx);
    RunSetup setup = resolved.setup();
    RunDirectory dir = req.runDir().map(RunDirectory::new)
        .orElseGet(() -> RunDirectory.create(req.outBase(), experiment.name(), req.seed()));
    if (Files.exists(dir.config())) {
      throw new ConfigException("run directory " + dir.root() + " already holds a run; use"
          + " 'ganlab resume " + dir.root() + "' or another --out");
    }
    try {
      Files.createDirectories(dir.root());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir.root(), e);
    }
    try (RunLock lock = RunLock.acquire(dir.root())) {
      writeJson(dir.config(), config(experiment, ctx, setup));
      writeJson(dir.provenance(), Provenance.collect(experiment.name(), ctx.seed(),
          setup.trainerConfig().session(), setup.dataChecksums()));
      return train(dir, resolved, experiment, false);
    }
  }

  /** Continues the run in {@code runDir} from its newest intact checkpoint. */
  public RunResult resume(Path runDir) {
    RunDirectory dir = new RunDirectory(runDir);
    try (RunLock lock = RunLock.acquire(existing(dir).root())) {
      LoadedRun run = load(dir);
      return train(dir, run.resolved(), run.experiment(), true);
    }
  }

  /**
   * Writes a grid of {@code n} samples from the run's checkpoint at {@code step} (newest intact
   * if empty) to {@code output}; labels are the requested classes of a conditional model.
   */
  public Path sample(Path runDir, Optional<Long> step, int n, int[] labels, Path output) {
    RunDirectory dir = existing(new RunDirectory(runDir));
    LoadedRun run = load(dir);
    Path ckpt = checkpointAt(dir, step);
    try (RunTrainer trainer = run.setup().open(); ImageGrid grid = new ImageGrid()) {
      trainer.restore(ckpt);
      AtomicFiles.write(output, grid.encode(trainer.samples(n, labels)));
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output, e);
    }
  }

  /**
   * The values of an evaluation of one checkpoint.
   *
   * @param step the checkpoint's step
   * @param values metric name to value, in eval.csv column order
   */
  public record Evaluation(long step, Map<String, Number> values) {}

  /**
   * Evaluates the run's checkpoint at {@code step} (newest intact if empty) with the run's
   * evaluator: the same values as eval.csv's row for that step, if the run evaluated there.
   */
  public Evaluation evaluate(Path runDir, Optional<Long> step) {
    RunDirectory dir = existing(new RunDirectory(runDir));
    LoadedRun run = load(dir);
    Path ckpt = checkpointAt(dir, step);
    try (RunTrainer trainer = run.setup().open();
        Evaluator evaluator = run.resolved().evaluation().create(run.setup())) {
      if (!evaluator.enabled()) {
        throw new ConfigException("experiment " + run.experiment().name()
            + " has no evaluator for this run (eval_every = 0, or no default for its data)");
      }
      trainer.restore(ckpt);
      return new Evaluation(trainer.step(),
          evaluator.evaluate(trainer, ReferenceFeatures.cacheDirFor(dir.root())));
    }
  }

  /** The checkpoint directory at {@code step}, or the newest intact one. */
  private static Path checkpointAt(RunDirectory dir, Optional<Long> step) {
    if (step.isPresent()) {
      Path p = dir.checkpoints().resolve(Checkpointer.dirName(step.get()));
      if (!Files.isDirectory(p)) {
        throw new ConfigException("no checkpoint at step " + step.get() + " in "
            + dir.checkpoints() + "; there are: " + Checkpointer.list(dir.checkpoints()).stream()
            .map(c -> Long.toString(Checkpointer.stepOf(c))).toList());
      }
      Optional<String> problem = Checkpointer.verify(p);
      if (problem.isPresent()) {
        throw new ConfigException("checkpoint " + p + " is damaged: " + problem.get());
      }
      return p;
    }
    return Checkpointer.list(dir.checkpoints()).stream()
        .filter(p -> Checkpointer.verify(p).isEmpty()).findFirst()
        .orElseThrow(() -> new ConfigException("no intact checkpoint in " + dir.checkpoints()));
  }

  private static RunDirectory existing(RunDirectory dir) {
    if (!Files.isRegularFile(dir.config())) {
      throw new ConfigException(dir.root() + " is not a run directory (no config.json)");
    }
    return dir;
  }

  private record LoadedRun(Experiment experiment, Resolved resolved) {
    RunSetup setup() {
      return resolved.setup();
    }
  }

  /** What one injector resolves: the setup and the evaluator factory. */
  private record Resolved(RunSetup setup, Evaluator.Factory evaluation) {}

  /** Re-resolves a run from its config.json: experiment class, seed, data, hyperparameters. */
  private LoadedRun load(RunDirectory dir) {
    try {
      JsonNode cfg = JSON.readTree(dir.config().toFile());
      Experiment experiment = registry.create(cfg.get("experimentClass").asText());
      Hyperparameters hp = experiment.hyperparameters();
      for (Iterator<Map.Entry<String, JsonNode>> it = cfg.get("hyperparameters").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        hp = hp.with(e.getKey(), e.getValue().asText());
      }
      JsonNode data = cfg.get("dataDir");
      Optional<Path> dataDir = data == null || data.isNull() ? Optional.empty()
          : Optional.of(Path.of(data.asText()));
      RunContext ctx = new RunContext(experiment.name(), cfg.get("seed").asLong(), dataDir, hp);
      return new LoadedRun(experiment, resolveRun(experiment, ctx));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.config(), e);
    }
  }

  /** Builds the experiment's injector and resolves the setup, unwrapping Guice's errors. */
  public static RunSetup resolve(Experiment experiment, RunContext ctx) {
    return resolveRun(experiment, ctx).setup();
  }

  private static Resolved resolveRun(Experiment experiment, RunContext ctx) {
    try {
      Injector injector = Guice.createInjector(
          Modules.override(new TrainingModule(ctx)).with(experiment));
      return new Resolved(injector.getInstance(RunSetup.class),
          injector.getInstance(Evaluator.Factory.class));
    } catch (ProvisionException | CreationException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new ConfigException("experiment " + experiment.name() + " cannot be wired: "
          + e.getMessage());
    }
  }

  private RunResult train(RunDirectory dir, Resolved resolved, Experiment experiment,
      boolean resuming) {
    RunSetup setup = resolved.setup();
    Schedule schedule = setup.schedule();
    try (RunTrainer trainer = setup.open(); RunLog log = new RunLog(dir.log());
        Evaluator evaluator = resolved.evaluation().create(setup);
        ImageGrid grid = new ImageGrid();
        TensorBoardWriter board = new TensorBoardWriter(dir.tensorboard())) {
      if (resuming) {
        restoreNewest(trainer, dir, log);
      } else {
        log.log("start " + experiment.name() + " seed " + setup.trainerConfig().seed());
      }
      if (trainer.step() == 0) {
        Files.createDirectories(dir.samples());
        writeGrid(trainer, grid, board, dir, setup);
      }
      RunStatus.write(dir.root(), "running");
      long start = trainer.step();
      List<String> header = new ArrayList<>(List.of("step", "d_loss", "g_loss", "d_x", "d_g_z",
          "d_grad_norm", "g_grad_norm"));
      header.addAll(trainer.termColumns());
      ProgressDisplay progress = new ProgressDisplay(out, terminal, schedule.steps(),
          schedule.logEvery(), start);
      long[] totalNanos = {0};
      Evaluations evals = new Evaluations(evaluator, dir, board, progress, log);
      try (CsvLog metrics = new CsvLog(dir.metrics(), header, start);
          CsvLog timing = new CsvLog(dir.timing(), List.of("step", "step_ms", "images_per_s"),
              start);
          CsvLog evalCsv = evals.open(start)) {
        if (start == 0 && schedule.evaluatesAt(0) && evals.evaluate(trainer, evalCsv)) {
          checkpoint(trainer, dir, schedule.keepCheckpoints(), log, evals);
        }
        trainer.train(schedule.steps() - start, (t, r, nanos) -> {
          totalNanos[0] += nanos;
          List<Object> row = metricsRow(r, header);
          metrics.row(row);
          board.scalars(r.step(), scalars(header, row));
          double ms = nanos / 1e6;
          timing.row(List.of(r.step(), fmt(ms), fmt(imagesPerSecond(setup, nanos))));
          progress.update(r);
          boolean last = r.step() == schedule.steps();
          if (r.step() % schedule.sampleEvery() == 0 || last) {
            writeGrid(t, grid, board, dir, setup);
          }
          boolean best = schedule.evaluatesAt(r.step()) && evals.evaluate(t, evalCsv);
          if (r.step() % schedule.checkpointEvery() == 0 || last || best) {
            checkpoint(t, dir, schedule.keepCheckpoints(), log, evals);
          }
        });
      } catch (NonFiniteLossException e) {
        String msg = e.getMessage() + "; stopped, last good checkpoint kept in "
            + dir.checkpoints();
        log.log(msg);
        RunStatus.write(dir.root(), "failed: " + e.getMessage());
        throw new TrainingFailedException(msg, e);
      }
      long done = trainer.step() - start;
      double msPerStep = done > 0 ? totalNanos[0] / 1e6 / done : 0;
      double ips = done > 0 ? imagesPerSecond(setup, (long) (msPerStep * 1e6)) : 0;
      log.log(String.format(Locale.ROOT, "finished at step %d: %.1f ms/step, %.0f images/s",
          trainer.step(), msPerStep, ips));
      RunStatus.write(dir.root(), "finished");
      return new RunResult(dir.root(), trainer.step(), msPerStep, ips);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write run directory " + dir.root(), e);
    }
  }

  private static double imagesPerSecond(RunSetup setup, long nanos) {
    long images = (long) setup.trainerConfig().batchSize() * setup.trainerConfig().nCritic();
    return nanos > 0 ? images / (nanos / 1e9) : 0;
  }

  private static List<Object> metricsRow(StepRecord r, List<String> header) {
    List<Object> row = new ArrayList<>(List.of(r.step(), r.discriminatorLoss(), r.generatorLoss(),
        r.dReal(), r.dFake(), r.discriminatorGradientNorm(), r.generatorGradientNorm()));
    for (String k : header.subList(7, header.size())) {
      row.add(r.terms().get(k));
    }
    return row;
  }

  private void restoreNewest(RunTrainer trainer, RunDirectory dir, RunLog log) {
    for (Path ckpt : Checkpointer.list(dir.checkpoints())) {
      Optional<String> problem = Checkpointer.verify(ckpt);
      if (problem.isPresent()) {
        String msg = "warning: skipping damaged checkpoint " + ckpt + ": " + problem.get();
        out.println(msg);
        log.log(msg);
        continue;
      }
      trainer.restore(ckpt);
      log.log("resumed from " + ckpt + " at step " + trainer.step());
      out.println("resumed from " + ckpt + " at step " + trainer.step());
      return;
    }
    // Killed before its first checkpoint: initialization is a pure function of the seed, so
    // starting over from step 0 is the same as restoring a step-0 checkpoint.
    String msg = "no intact checkpoint in " + dir.checkpoints() + "; restarting from step 0";
    out.println(msg);
    log.log(msg);
  }

  /**
   * Writes the checkpoint of the current step (unless a complete one is there already), records
   * the best checkpoint if this step is it, and deletes all but the newest {@code keep} and the
   * best.
   */
  private static void checkpoint(RunTrainer t, RunDirectory dir, int keep, RunLog log,
      Evaluations evals) {
    Path target = dir.checkpoints().resolve(Checkpointer.dirName(t.step()));
    try {
      Files.createDirectories(dir.checkpoints());
      // If it exists, a crash came after this checkpoint and before the next: same state.
      if (!Files.exists(target)) {
        t.save(target);
        log.log("checkpoint " + target.getFileName());
      }
      evals.recordBest(t.step());
      OptionalLong best = evals.bestStep();
      List<Path> all = Checkpointer.list(dir.checkpoints());
      for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
        if (best.isPresent() && Checkpointer.stepOf(old) == best.getAsLong()) {
          continue;
        }
        MoreFiles.deleteRecursively(old, RecursiveDeleteOption.ALLOW_INSECURE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint " + target, e);
    }
  }

  /**
   * A run's evaluations: eval.csv rows, TensorBoard scalars {@code eval/<name>}, the progress
   * display, and the best step by the primary metric (recomputed from eval.csv on resume).
   */
  private static final class Evaluations {
    private final Evaluator evaluator;
    private final RunDirectory dir;
    private final TensorBoardWriter board;
    private final ProgressDisplay progress;
    private final RunLog log;
    private final Path cacheDir;
    private long bestStep = -1;
    private double bestValue = Double.NaN;

    Evaluations(Evaluator evaluator, RunDirectory dir, TensorBoardWriter board,
        ProgressDisplay progress, RunLog log) {
      this.evaluator = evaluator;
      this.dir = dir;
      this.board = board;
      this.progress = progress;
      this.log = log;
      this.cacheDir = ReferenceFeatures.cacheDirFor(dir.root());
    }

    private List<String> header() {
      List<String> h = new ArrayList<>(List.of("step"));
      h.addAll(evaluator.metrics());
      return h;
    }

    /**
     * Opens eval.csv cut back to the rows a run restored at {@code start} has already written
     * (none at step 0, which is evaluated again), and recomputes the best from them. Null without
     * an evaluator.
     */
    CsvLog open(long start) throws IOException {
      if (!evaluator.enabled()) {
        return null;
      }
      List<String> header = header();
      CsvLog csv = new CsvLog(dir.eval(), header, start - 1 < 0 ? -1 : start);
      int col = header.indexOf(evaluator.primaryMetric());
      List<String> lines = Files.readAllLines(dir.eval());
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",");
        offer(Long.parseLong(cells[0]), Double.parseDouble(cells[col]));
      }
      if (bestStep >= 0 && Files.isDirectory(dir.checkpoints()
          .resolve(Checkpointer.dirName(bestStep)))) {
        best().write(dir.checkpoints());
      }
      return csv;
    }

    private boolean offer(long step, double value) {
      if (evaluator.better(value, bestValue)) {
        bestStep = step;
        bestValue = value;
        return true;
      }
      return false;
    }

    private BestCheckpoint best() {
      return new BestCheckpoint(bestStep, evaluator.primaryMetric(), bestValue,
          evaluator.higherIsBetter());
    }

    /** Evaluates the trainer's weights; true if they are the best so far. */
    boolean evaluate(RunTrainer t, CsvLog csv) {
      if (csv == null) {
        return false;
      }
      Map<String, Number> values = evaluator.evaluate(t, cacheDir);
      List<Object> row = new ArrayList<>(List.of(t.step()));
      Map<String, Float> scalars = new LinkedHashMap<>();
      for (String name : evaluator.metrics()) {
        Number v = values.get(name);
        if (v == null) {
          throw new IllegalStateException("evaluator " + evaluator.getClass().getSimpleName()
              + " returned no value for " + name);
        }
        row.add(v);
        scalars.put("eval/" + name, v.floatValue());
      }
      csv.row(row);
      board.scalars(t.step(), scalars);
      progress.evaluated(t.step(), values);
      log.log("eval step " + t.step() + ": " + values);
      return offer(t.step(), values.get(evaluator.primaryMetric()).doubleValue());
    }

    /** Writes best.json if {@code step} is the best (its checkpoint is now complete). */
    void recordBest(long step) {
      if (step == bestStep) {
        best().write(dir.checkpoints());
      }
    }

    OptionalLong bestStep() {
      return bestStep >= 0 ? OptionalLong.of(bestStep) : OptionalLong.empty();
    }
  }

  private static Map<String, Float> scalars(List<String> header, List<Object> row) {
    Map<String, Float> m = new LinkedHashMap<>();
    for (int i = 1; i < header.size(); i++) {
      m.put("train/" + header.get(i), ((Number) row.get(i)).floatValue());
    }
    return m;
  }

  private static void writeGrid(RunTrainer t, ImageGrid grid, TensorBoardWriter board,
      RunDirectory dir, RunSetup setup) {
    ImageGrid.Tiled picture = t.samples(setup.schedule().gridSize(), null);
    board.image(t.step(), "samples", picture);
    try {
      AtomicFiles.write(dir.sample(t.step()), grid.encode(picture));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.sample(t.step()), e);
    }
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
      throw new UncheckedIOException("cannot write " + f, e);
    }
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
