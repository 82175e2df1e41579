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

  /**
   * {@return {@code java -cp <test class path> Main <args>}, a mutable list} When this process
   * ignores SIGINT (a build started in the background inherits that, and a JVM then never runs its
   * shutdown hooks on Ctrl-C), the child gets the default action back through {@code env
   * --default-signal}, so the Ctrl-C tests test ganlab rather than how the build was started.
   */
  public static List<String> command(List<String> args) {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>();
    if (ignoresSigint()) {
      cmd.addAll(List.of("env", "--default-signal=INT"));
    }
    cmd.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            cp,
            Main.class.getName()));
    cmd.addAll(args);
    return cmd;
  }

  /** Whether SIGINT is ignored here: bit 1 of the SigIgn mask in /proc/self/status (Linux). */
  private static boolean ignoresSigint() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("SigIgn:")) {
          return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0x2L) != 0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return false;
    }
    return false;
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
