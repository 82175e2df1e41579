package org.ganlab.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import com.google.inject.CreationException;
import com.google.inject.Guice;
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
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.train.NonFiniteLossException;
import org.ganlab.core.train.StepRecord;
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
 * trains with metrics/timing CSVs, sample grids and checksummed checkpoints, and resumes a run
 * from its newest intact checkpoint.
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
    RunSetup setup = resolve(experiment, ctx);
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
      return train(dir, setup, experiment, false);
    }
  }

  /** Continues the run in {@code runDir} from its newest intact checkpoint. */
  public RunResult resume(Path runDir) {
    RunDirectory dir = new RunDirectory(runDir);
    try (RunLock lock = RunLock.acquire(existing(dir).root())) {
      LoadedRun run = load(dir);
      return train(dir, run.setup(), run.experiment(), true);
    }
  }

  /**
   * Writes a grid of {@code n} samples from the run's checkpoint at {@code step} (newest intact
   * if empty) to {@code output}; labels are the requested classes of a conditional model.
   */
  public Path sample(Path runDir, Optional<Long> step, int n, int[] labels, Path output) {
    RunDirectory dir = existing(new RunDirectory(runDir));
    LoadedRun run = load(dir);
    Path ckpt = step.map(s -> dir.checkpoints().resolve(Checkpointer.dirName(s)))
        .orElseGet(() -> Checkpointer.list(dir.checkpoints()).stream()
            .filter(p -> Checkpointer.verify(p).isEmpty()).findFirst()
            .orElseThrow(() -> new ConfigException("no intact checkpoint in "
                + dir.checkpoints())));
    try (RunTrainer trainer = run.setup().open(); ImageGrid grid = new ImageGrid()) {
      trainer.restore(ckpt);
      AtomicFiles.write(output, grid.encode(trainer.samples(n, labels)));
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output, e);
    }
  }

  private static RunDirectory existing(RunDirectory dir) {
    if (!Files.isRegularFile(dir.config())) {
      throw new ConfigException(dir.root() + " is not a run directory (no config.json)");
    }
    return dir;
  }

  private record LoadedRun(Experiment experiment, RunSetup setup) {}

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
      return new LoadedRun(experiment, resolve(experiment, ctx));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.config(), e);
    }
  }

  /** Builds the experiment's injector and resolves the setup, unwrapping Guice's errors. */
  public static RunSetup resolve(Experiment experiment, RunContext ctx) {
    try {
      return Guice.createInjector(Modules.override(new TrainingModule(ctx)).with(experiment))
          .getInstance(RunSetup.class);
    } catch (ProvisionException | CreationException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new ConfigException("experiment " + experiment.name() + " cannot be wired: "
          + e.getMessage());
    }
  }

  private RunResult train(RunDirectory dir, RunSetup setup, Experiment experiment,
      boolean resuming) {
    Schedule schedule = setup.schedule();
    try (RunTrainer trainer = setup.open(); RunLog log = new RunLog(dir.log());
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
      try (CsvLog metrics = new CsvLog(dir.metrics(), header, start);
          CsvLog timing = new CsvLog(dir.timing(), List.of("step", "step_ms", "images_per_s"),
              start)) {
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
          if (r.step() % schedule.checkpointEvery() == 0 || last) {
            checkpoint(t, dir, schedule.keepCheckpoints(), log);
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

  private static void checkpoint(RunTrainer t, RunDirectory dir, int keep, RunLog log) {
    Path target = dir.checkpoints().resolve(Checkpointer.dirName(t.step()));
    try {
      Files.createDirectories(dir.checkpoints());
      if (Files.exists(target)) {
        // A crash after this checkpoint and before the next: its content is the same state.
        return;
      }
      t.save(target);
      List<Path> all = Checkpointer.list(dir.checkpoints());
      for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
        MoreFiles.deleteRecursively(old, RecursiveDeleteOption.ALLOW_INSECURE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint " + target, e);
    }
    log.log("checkpoint " + target.getFileName());
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
