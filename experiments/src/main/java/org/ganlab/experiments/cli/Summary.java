package org.ganlab.experiments.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ganlab.experiments.RunResult;

/** The closing lines of run and resume: speed and where the results are. */
final class Summary {
  /** What a run directory may hold worth opening, in the order named; absent ones are left out. */
  private static final List<String> RESULTS =
      List.of(
          "samples/",
          "metrics.csv",
          "timing.csv",
          "eval.csv",
          "class_balance.csv",
          "scores.csv",
          "roc.png",
          "diagnostics.csv",
          "checkpoints/");

  private Summary() {}

  static void print(PrintStream o, RunResult r) {
    o.printf(
        Locale.ROOT,
        "%.1f ms per training step, %.0f images/s%n",
        r.msPerStep(),
        r.imagesPerSecond());
    Path dir = r.runDir().toAbsolutePath();
    String present =
        RESULTS.stream()
            .filter(name -> Files.exists(dir.resolve(name.replace("/", ""))))
            .collect(Collectors.joining(", "));
    o.println("results: " + dir + " (" + present + ")");
  }
}
