package org.ganlab.experiments;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.train.NonFiniteLossException;
import org.ganlab.core.train.Scores;
import org.ganlab.core.train.TrainingHook;
import org.ganlab.core.train.hooks.BestMetric;
import org.ganlab.core.train.hooks.CheckpointHook;
import org.ganlab.core.train.hooks.DiagnosticsHook;
import org.ganlab.core.train.hooks.EvaluationCsv;
import org.ganlab.core.train.hooks.EvaluationHook;
import org.ganlab.core.train.hooks.Interruption;
import org.ganlab.core.train.hooks.NanGuard;
import org.ganlab.core.train.hooks.StepCsvHook;
import org.ganlab.experiments.run.ProgressDisplay;
import org.ganlab.experiments.run.RunDirectory;
import org.ganlab.experiments.run.RunLog;
import org.ganlab.experiments.run.RunStatus;
import org.ganlab.experiments.run.StepDisplayHook;
import org.ganlab.experiments.run.TensorBoardWriter;
import org.ganlab.metrics.eval.Evaluator;

/**
 * Trains one run into its directory: opens the trainer (on resume: checks the data against
 * provenance.json and restores the newest intact checkpoint the logs reach), composes the hooks —
 * interruption, NaN guard, metrics and timing CSVs, diagnostics, sample pictures, evaluation,
 * checkpoints — and makes status.txt and run.log say how the run ended: {@code finished}, {@code
 * interrupted: ...} (Ctrl-C, SIGTERM) or {@code failed: <reason>}.
 */
final class TrainingRun {
  /** Seconds a Ctrl-C waits for the step (and checkpoint) in progress. */
  private static final long GRACE_SECONDS = 60;

  private final RunDirectory dir;
  private final ResolvedRun run;
  private final PrintStream out;
  private final boolean terminal;
  private final List<TrainingHook> first;

  /**
   * @param first hooks that begin before all others (e.g. the start of local workers)
   */
  TrainingRun(
      RunDirectory dir,
      ResolvedRun run,
      PrintStream out,
      boolean terminal,
      List<TrainingHook> first) {
    this.dir = dir;
    this.run = run;
    this.out = out;
    this.terminal = terminal;
    this.first = List.copyOf(first);
  }

  /**
   * @param resuming continue from the newest usable checkpoint
   * @param allowDataChange on resume, continue even if the data's checksums changed
   */
  RunResult train(boolean resuming, boolean allowDataChange) {
    RunSetup setup = run.setup();
    Schedule schedule = setup.schedule();
    try (RunLog log = new RunLog(dir.log());
        Interruption interruption = new Interruption(GRACE_SECONDS, () -> interrupted(null))) {
      try (OpenRun open = setup.open();
          Evaluator<OpenRun> evaluator = run.evaluation().create(setup, dir.featureCache());
          ImageGrid grid = new ImageGrid();
          TensorBoardWriter board = new TensorBoardWriter(dir.tensorboard())) {
        BestMetric best = new BestMetric(evaluator.primaryMetric(), evaluator.higherIsBetter());
        EvaluationCsv[] evalCsv = {null};
        CheckpointHook checkpoints =
            new CheckpointHook(
                dir.checkpoints(),
                schedule.checkpointEvery(),
                schedule.steps(),
                schedule.keepCheckpoints(),
                best,
                line -> say(log, line),
                step -> {
                  if (evalCsv[0] != null) {
                    evalCsv[0].checkpointSaved(step);
                  }
                });
        if (resuming) {
          ResumeChecks.verifyData(dir, setup.dataChecksums(), allowDataChange)
              .forEach(c -> say(log, "warning: " + c + "; continuing (--allow-data-change)"));
          long logged = ResumeChecks.loggedThrough(dir, schedule, evaluator.enabled());
          Optional<Path> restored = checkpoints.restoreNewest(open.trainer(), logged);
          // None usable: initialization is a pure function of the seed, so starting over from
          // step 0 is the same as restoring a step-0 checkpoint.
          say(
              log,
              restored
                  .map(p -> "resumed from " + p + " at step " + open.trainer().step())
                  .orElse(
                      "no usable checkpoint in " + dir.checkpoints() + "; restarting from step 0"));
        } else {
          log.log("start " + run.experiment().name() + " seed " + setup.trainerConfig().seed());
        }
        RunStatus.write(dir.root(), "running");
        long start = open.trainer().step();
        ProgressDisplay progress =
            new ProgressDisplay(
                out, terminal, schedule.steps(), schedule.logEvery(), start, scoreKind(open));
        long images = (long) setup.trainerConfig().batchSize() * setup.trainerConfig().nCritic();
        try (StepCsvHook csv = new StepCsvHook(dir.metrics(), dir.timing(), images);
            DiagnosticsHook diagnostics = RunHooks.diagnostics(dir, setup, board);
            EvaluationCsv evals =
                evaluator.enabled()
                    ? new EvaluationCsv(
                        dir.eval(),
                        dir.checkpoints(),
                        evaluator.metrics(),
                        evaluator.detailTables(),
                        best,
                        start)
                    : null) {
          evalCsv[0] = evals;
          List<TrainingHook> hooks = new ArrayList<>(first);
          hooks.addAll(
              List.of(
                  interruption,
                  new NanGuard(),
                  csv,
                  new StepDisplayHook(board, progress),
                  RunHooks.samples(dir, open, schedule, grid, board)));
          if (diagnostics != null) {
            hooks.add(first.size() + 3, diagnostics);
          }
          if (evals != null) {
            hooks.add(
                new EvaluationHook(
                    schedule.evalEvery(),
                    schedule.steps(),
                    t -> evaluator.evaluate(open),
                    best,
                    (step, values, isBest) -> {
                      // Before the row: a crash between the two re-evaluates this step on resume.
                      for (Map.Entry<String, byte[]> f : evaluator.latestFiles().entrySet()) {
                        Path file = dir.root().resolve(f.getKey());
                        try {
                          AtomicFiles.write(file, f.getValue());
                        } catch (IOException e) {
                          throw new UncheckedIOException("cannot write " + file, e);
                        }
                      }
                      evals.evaluated(step, values, isBest);
                      // The metrics only: detail tables stay in their files.
                      Map<String, Number> shown = new LinkedHashMap<>();
                      Map<String, Float> scalars = new LinkedHashMap<>();
                      for (String k : evaluator.metrics()) {
                        shown.put(k, values.get(k));
                        scalars.put("eval/" + k, values.get(k).floatValue());
                      }
                      board.scalars(step, scalars);
                      progress.evaluated(step, shown);
                      log.log("eval step " + step + ": " + shown);
                    }));
          }
          hooks.add(checkpoints);
          open.trainer().train(schedule.steps() - start, hooks.toArray(new TrainingHook[0]));
          double ms = csv.msPerStep();
          double ips = csv.imagesPerSecond((long) (ms * 1e6));
          log.log(
              String.format(
                  Locale.ROOT,
                  "finished at step %d: %.1f ms/step, %.0f images/s",
                  open.trainer().step(),
                  ms,
                  ips));
          RunStatus.write(dir.root(), "finished");
          return new RunResult(dir.root(), open.trainer().step(), ms, ips);
        }
      } catch (Interruption.Stop e) {
        String status = interrupted(log);
        out.println(status);
        out.flush();
        interruption.recorded();
        throw new TrainingFailedException(status, e);
      } catch (NonFiniteLossException e) {
        String msg =
            e.getMessage() + "; stopped, last good checkpoint kept in " + dir.checkpoints();
        log.log(msg);
        RunStatus.write(dir.root(), "failed: " + e.getMessage());
        throw new TrainingFailedException(msg, e);
      } catch (RuntimeException | Error e) {
        if (interruption.requested()) {
          String status = interrupted(log);
          out.println(status);
          out.flush();
          interruption.recorded();
          throw new TrainingFailedException(status, e);
        }
        String reason = reason(e);
        log.log("failed: " + reason);
        RunStatus.write(dir.root(), "failed: " + reason);
        if (e instanceof OutOfMemoryError) {
          throw new TrainingFailedException(
              "out of memory: "
                  + reason
                  + " (raise -Xmx with GANLAB_JAVA_OPTS or lower batch_size)",
              e);
        }
        throw e;
      }
    }
  }

  private static Scores.Kind scoreKind(OpenRun open) {
    Scores s = open.trainer().loss().scores();
    return s == null ? null : s.kind();
  }

  /** "interrupted: ..." in status.txt and run.log, after removing half-written checkpoints. */
  private String interrupted(RunLog log) {
    removeTemporaryCheckpoints();
    List<Path> all = Checkpointer.list(dir.checkpoints());
    Optional<Path> last = all.stream().filter(p -> Checkpointer.verify(p).isEmpty()).findFirst();
    String status =
        "interrupted: last intact checkpoint "
            + last.map(p -> p.getFileName() + "; continue with 'ganlab resume " + dir.root() + "'")
                .orElse("none (resume restarts from step 0)");
    RunStatus.write(dir.root(), status);
    if (log != null) {
      log.log(status);
    }
    return status;
  }

  private void removeTemporaryCheckpoints() {
    try {
      for (Path p : Checkpointer.temporaries(dir.checkpoints())) {
        MoreFiles.deleteRecursively(p, RecursiveDeleteOption.ALLOW_INSECURE);
      }
    } catch (IOException | UncheckedIOException e) {
      out.println(
          "warning: cannot remove a temporary checkpoint in "
              + dir.checkpoints()
              + ": "
              + e.getMessage());
    }
  }

  private void say(RunLog log, String line) {
    log.log(line);
    if (line.startsWith("warning") || line.startsWith("resumed") || line.startsWith("no usable")) {
      out.println(line);
    }
  }

  /** A one-line reason: the message of the innermost cause that has one. */
  private static String reason(Throwable e) {
    String msg = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        msg = t.getMessage();
        if (!(t.getCause() != null && t.getMessage().equals(String.valueOf(t.getCause())))) {
          break;
        }
      }
    }
    String line = msg == null ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
