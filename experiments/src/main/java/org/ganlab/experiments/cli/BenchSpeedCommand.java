package org.ganlab.experiments.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ganlab.core.tf.Precision;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.bench.BenchLayout;
import org.ganlab.experiments.bench.SpeedBenchmark;
import org.ganlab.experiments.bench.SpeedModel;
import org.ganlab.experiments.bench.SpeedReport;
import org.ganlab.experiments.bench.SpeedTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ganlab bench speed [--model dcgan|wgan-gp] [--rounds 3] [--warmup 30] [--steps N]
 * [--profile] [--out DIR]}: whole steps of {@code ganlab run dcgan} (or {@code wgan-gp}) against
 * the same network as a hand-written TensorFlow Java loop, alternately in one process ({@link
 * SpeedBenchmark}).
 */
@Command(
    name = "speed",
    mixinStandardHelpOptions = true,
    description =
        "Time whole training steps of 'ganlab run dcgan' or 'wgan-gp' (wall clock, everything included:"
            + " logs, TensorBoard, progress, grids, checkpoints; evaluation off) against the same"
            + " network as a plain TensorFlow Java loop, alternately for several rounds; prints"
            + " ms/step of both, the ratio per round and the median, and both parameter counts.")
final class BenchSpeedCommand implements Callable<Integer> {
  @Option(
      names = "--model",
      description = "dcgan or wgan-gp, the network and recipe timed (default ${DEFAULT-VALUE})")
  String model = SpeedModel.DCGAN.experiment();

  @Option(names = "--rounds", description = "alternating rounds (default ${DEFAULT-VALUE})")
  int rounds = SpeedBenchmark.Config.DEFAULT.rounds();

  @Option(names = "--warmup", description = "steps before timing (default ${DEFAULT-VALUE})")
  long warmup = SpeedBenchmark.Config.DEFAULT.warmup();

  @Option(
      names = "--steps",
      description = "timed steps per measurement (default 300 for dcgan, 60 for wgan-gp)")
  Long steps;

  @Option(names = "--batch-size", description = "examples per batch (default ${DEFAULT-VALUE})")
  int batchSize = SpeedBenchmark.Config.DEFAULT.batchSize();

  @Option(
      names = "--profile",
      description =
          "also trace one ganlab update step after the warm-up, in fp32 and (where the CPU has"
              + " bfloat16 instructions) in bf16, and print its kernel time by TensorFlow op type"
              + " (the 15 largest)")
  boolean profile;

  @Option(
      names = "--out",
      description =
          "also write table.md and table.csv here, keeping ganlab's timed run directories in"
              + " runs/ (a benchmark directory for 'ganlab bench collect'); must not hold runs/"
              + " yet")
  Path out;

  @Mixin DataDirOption data;

  /** Op types the profile lists one by one. */
  private static final int PROFILE_ROWS = 15;

  @Override
  public Integer call() {
    SpeedModel m = SpeedModel.named(model);
    SpeedBenchmark.Config config =
        new SpeedBenchmark.Config(
            m, rounds, warmup, steps != null ? steps : m.defaultSteps(), batchSize, 0);
    SpeedBenchmark bench = new SpeedBenchmark(new ExperimentRegistry(), data.value(), System.out);
    SpeedReport report;
    if (out == null) {
      report = bench.run(config);
    } else {
      BenchLayout layout = new BenchLayout(out);
      Path runs = out.resolve("runs");
      if (Files.exists(runs)) {
        throw new ConfigException(
            runs + " exists: a speed table times fresh runs; remove it or choose another --out");
      }
      report = bench.run(config, runs);
      SpeedTable.write(report, layout, commandLine(config));
      System.out.println("table: " + layout.tableMarkdown().toAbsolutePath() + " and table.csv");
    }
    System.out.print(report.text());
    if (profile) {
      for (Precision p : Precision.values()) {
        if (p == Precision.FP32 || SpeedBenchmark.timesBf16()) {
          System.out.printf(
              "kernel time of one ganlab %s step (the update alone) after %d steps, by op type:%n",
              p.key(), warmup);
          System.out.print(bench.profile(config, p).text(PROFILE_ROWS));
        }
      }
    }
    return report.rawParameters() == report.ganlabParameters() ? 0 : 1;
  }

  /** The command line the table names: every timing option spelled out. */
  private String commandLine(SpeedBenchmark.Config config) {
    List<String> c =
        new ArrayList<>(
            List.of(
                "./ganlab",
                "bench",
                "speed",
                "--model",
                config.model().experiment(),
                "--rounds",
                Integer.toString(config.rounds()),
                "--warmup",
                Long.toString(config.warmup()),
                "--steps",
                Long.toString(config.steps()),
                "--batch-size",
                Integer.toString(config.batchSize()),
                "--out",
                out.toString()));
    data.value().ifPresent(d -> c.addAll(List.of("--data-dir", d.toString())));
    return String.join(" ", c);
  }
}
