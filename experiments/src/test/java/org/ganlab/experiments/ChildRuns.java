package org.ganlab.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.experiments.cli.Main;

/** Starts {@code ganlab run} in a child JVM (so a test can kill or signal it), output beside. */
public final class ChildRuns {
  private ChildRuns() {}

  /**
   * Starts {@code ganlab run experiment --seed seed --steps steps --run-dir dir --set ...} with the
   * test class path; stdout and stderr go to {@code <dir>.out}.
   */
  public static Process start(
      Path dir, String experiment, long seed, long steps, List<String> settings)
      throws IOException {
    List<String> cmd =
        command(
            List.of(
                "run",
                experiment,
                "--seed",
                Long.toString(seed),
                "--steps",
                Long.toString(steps),
                "--run-dir",
                dir.toString()));
    for (String s : settings) {
      cmd.addAll(List.of("--set", s));
    }
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolveSibling(dir.getFileName() + ".out").toFile())
        .start();
  }

  /** {@return {@code java -cp <test class path> Main <args>}, a mutable list} */
  public static List<String> command(List<String> args) {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                cp,
                Main.class.getName()));
    cmd.addAll(args);
    return cmd;
  }

  /** Rows metrics.csv holds so far (0 before it exists). */
  public static long metricRows(Path dir) {
    try {
      Path m = dir.resolve("metrics.csv");
      return Files.exists(m) ? Files.readAllLines(m).size() - 1 : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
