package org.ganlab.experiments.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.ganlab.experiments.RunResult;

/** The closing lines of run and resume: speed and where the results are. */
final class Summary {
  private Summary() {}

  static void print(PrintStream o, RunResult r) {
    o.printf(
        Locale.ROOT,
        "%.1f ms per training step, %.0f images/s%n",
        r.msPerStep(),
        r.imagesPerSecond());
    o.println(
        "results: "
            + r.runDir().toAbsolutePath()
            + " (samples/, metrics.csv, timing.csv, eval.csv, checkpoints/)");
  }
}
