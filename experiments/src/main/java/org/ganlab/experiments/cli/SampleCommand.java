package org.ganlab.experiments.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ganlab sample <run-dir> --n 64 [--labels 0,1,...] -o grid.png}. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = "Write a sample grid from a run's checkpoint.")
final class SampleCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN_DIR")
  Path runDir;

  @Option(names = "--n", description = "number of samples (default ${DEFAULT-VALUE})")
  int n = 64;

  @Option(names = "--checkpoint", description = "checkpoint step (default: newest intact)")
  Long step;

  @Option(
      names = "--labels",
      split = ",",
      description = "classes for a conditional model;" + " repeated cyclically to n")
  List<Integer> labels;

  @Option(
      names = {"-o", "--output"},
      required = true,
      description = "PNG file to write")
  Path output;

  /** The most samples one picture holds (a 2D scatter plot takes up to 100,000 points). */
  static final int MAX_SAMPLES = 100_000;

  @Override
  public Integer call() {
    if (n < 1 || n > MAX_SAMPLES) {
      throw new ConfigException("--n must be in [1, " + MAX_SAMPLES + "], got " + n);
    }
    int[] y = null;
    if (labels != null && !labels.isEmpty()) {
      y = new int[n];
      for (int i = 0; i < n; i++) {
        y[i] = labels.get(i % labels.size());
      }
    }
    Path out =
        new ExperimentRunner(new ExperimentRegistry(), System.out, false)
            .sample(runDir, Optional.ofNullable(step), n, y, output);
    System.out.println("wrote " + out.toAbsolutePath());
    return 0;
  }
}
