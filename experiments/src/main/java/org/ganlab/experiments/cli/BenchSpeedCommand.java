package org.ganlab.experiments.cli;

import java.util.concurrent.Callable;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.bench.SpeedBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ganlab bench speed [--rounds 3] [--warmup 30] [--steps 300]}: whole DCGAN steps of {@code
 * ganlab run dcgan} against the same network as a hand-written TensorFlow Java loop, alternately in
 * one process ({@link SpeedBenchmark}).
 */
@Command(
    name = "speed",
    mixinStandardHelpOptions = true,
    description =
        "Time whole DCGAN training steps of 'ganlab run dcgan' (wall clock, everything included:"
            + " logs, TensorBoard, progress, grids, checkpoints; evaluation off) against the same"
            + " network as a plain TensorFlow Java loop, alternately for several rounds; prints"
            + " ms/step of both, the ratio per round and the median, and both parameter counts.")
final class BenchSpeedCommand implements Callable<Integer> {
  @Option(names = "--rounds", description = "alternating rounds (default ${DEFAULT-VALUE})")
  int rounds = SpeedBenchmark.Config.DEFAULT.rounds();

  @Option(names = "--warmup", description = "steps before timing (default ${DEFAULT-VALUE})")
  long warmup = SpeedBenchmark.Config.DEFAULT.warmup();

  @Option(names = "--steps", description = "timed steps per measurement (default ${DEFAULT-VALUE})")
  long steps = SpeedBenchmark.Config.DEFAULT.steps();

  @Option(names = "--batch-size", description = "examples per batch (default ${DEFAULT-VALUE})")
  int batchSize = SpeedBenchmark.Config.DEFAULT.batchSize();

  @Mixin DataDirOption data;

  @Override
  public Integer call() {
    SpeedBenchmark.Config config = new SpeedBenchmark.Config(rounds, warmup, steps, batchSize, 0);
    SpeedBenchmark.Report report =
        new SpeedBenchmark(new ExperimentRegistry(), data.value(), System.out).run(config);
    System.out.print(report.text());
    return report.rawParameters() == report.ganlabParameters() ? 0 : 1;
  }
}
