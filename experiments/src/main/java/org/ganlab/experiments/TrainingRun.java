package org.ganlab.experiments;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ganlab.core.train.NonFiniteLossException;
import org.ganlab.core.train.TrainingHook;
import org.ganlab.core.train.hooks.BestMetric;
import org.ganlab.core.train.hooks.CheckpointHook;
import org.ganlab.core.train.hooks.EvaluationHook;
import org.ganlab.core.train.hooks.NanGuard;
import org.ganlab.experiments.eval.EvalLog;
import org.ganlab.experiments.run.ImageGrid;
import org.ganlab.experiments.run.MetricsHook;
import org.ganlab.experiments.run.ProgressDisplay;
import org.ganlab.experiments.run.RunDirectory;
import org.ganlab.experiments.run.RunLog;
import org.ganlab.experiments.run.RunStatus;
import org.ganlab.experiments.run.SampleHook;
import org.ganlab.experiments.run.TensorBoardWriter;
import org.ganlab.metrics.eval.Evaluator;

/**
 * Trains one run into its directory: opens the trainer (restoring the newest intact checkpoint
 * when resuming), composes the hooks — NaN guard, metrics and timing CSVs, sample pictures,
 * evaluation, checkpoints — and keeps status.txt and run.log honest about how it ended.
 */
final class TrainingRun {
  private final RunDirectory dir;
  private final ResolvedRun run;
  private final PrintStream out;
  private final boolean terminal;

  TrainingRun(RunDirectory dir, ResolvedRun run, PrintStream out, boolean terminal) {
    this.dir = dir;
    this.run = run;
    this.out = out;
    this.terminal = terminal;
  }

  RunResult train(boolean resuming) {
    RunSetup setup = run.setup();
    Schedule schedule = setup.schedule();
    try (RunLog log = new RunLog(dir.log())) {
      try (OpenRun open = setup.open();
          Evaluator<OpenRun> evaluator = run.evaluation().create(setup, dir.featureCache());
          ImageGrid grid = new ImageGrid();
          TensorBoardWriter board = new TensorBoardWriter(dir.tensorboard())) {
        BestMetric best = new BestMetric(evaluator.primaryMetric(), evaluator.higherIsBetter());
        EvalLog[] evalLog = {null};
        CheckpointHook checkpoints = new CheckpointHook(dir.checkpoints(),
            schedule.checkpointEvery(), schedule.steps(), schedule.keepCheckpoints(), best,
            line -> {
              log.log(line);
              if (line.startsWith("warning")) {
                out.println(line);
              }
            }, step -> {
              if (evalLog[0] != null) {
                evalLog[0].checkpointSaved(step);
              }
            });
        if (resuming) {
          restore(open, checkpoints, log);
        } else {
          log.log("start " + run.experiment().name() + " seed " + setup.trainerConfig().seed());
        }
        RunStatus.write(dir.root(), "running");
        long start = open.trainer().step();
        ProgressDisplay progress = new ProgressDisplay(out, terminal, schedule.steps(),
            schedule.logEvery(), start);
        long images = (long) setup.trainerConfig().batchSize() * setup.trainerConfig().nCritic();
        try (MetricsHook metrics = new MetricsHook(dir, board, progress, images);
            EvalLog evals = evaluator.enabled()
                ? new EvalLog(evaluator, dir, board, progress, log, best, start) : null) {
          evalLog[0] = evals;
          List<TrainingHook> hooks = new ArrayList<>(List.of(new NanGuard(), metrics,
              new SampleHook(dir, open.picture(), grid, board, schedule.sampleEvery(),
                  schedule.steps(), schedule.gridSize())));
          if (evals != null) {
            hooks.add(new EvaluationHook(schedule.evalEvery(), schedule.steps(),
                t -> evaluator.evaluate(open), best, evals));
          }
          hooks.add(checkpoints);
          open.trainer().train(schedule.steps() - start, hooks.toArray(new TrainingHook[0]));
          double ms = metrics.msPerStep();
          double ips = metrics.imagesPerSecond((long) (ms * 1e6));
          log.log(String.format(Locale.ROOT, "finished at step %d: %.1f ms/step, %.0f images/s",
              open.trainer().step(), ms, ips));
          RunStatus.write(dir.root(), "finished");
          return new RunResult(dir.root(), open.trainer().step(), ms, ips);
        }
      } catch (NonFiniteLossException e) {
        String msg = e.getMessage() + "; stopped, last good checkpoint kept in "
            + dir.checkpoints();
        log.log(msg);
        RunStatus.write(dir.root(), "failed: " + e.getMessage());
        throw new TrainingFailedException(msg, e);
      } catch (RuntimeException e) {
        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        log.log("failed: " + reason);
        RunStatus.write(dir.root(), "failed: " + reason);
        throw e;
      }
    }
  }

  private void restore(OpenRun open, CheckpointHook checkpoints, RunLog log) {
    Optional<Path> restored = checkpoints.restoreNewest(open.trainer());
    String msg = restored.map(p -> "resumed from " + p + " at step " + open.trainer().step())
        // Killed before its first checkpoint: initialization is a pure function of the seed, so
        // starting over from step 0 is the same as restoring a step-0 checkpoint.
        .orElse("no intact checkpoint in " + dir.checkpoints() + "; restarting from step 0");
    log.log(msg);
    out.println(msg);
  }
}
