package org.ganlab.experiments.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ganlab.experiments.cli.Main;

/**
 * Runs each run in a child JVM with this JVM's classpath, so {@code --parallel N} can train N at
 * once (TensorFlow sessions in one process would share and fight over one thread pool). The child's
 * output goes to {@code <runDir>.log} beside the run directory.
 */
public final class ProcessLauncher implements RunLauncher {
  private final Optional<Path> dataDir;

  /**
   * @param dataDir data files instead of the embedded copies
   */
  public ProcessLauncher(Optional<Path> dataDir) {
    this.dataDir = dataDir;
  }

  @Override
  public void launch(RunSpec spec, long seed, Path runDir, boolean resume) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path")));
    String home = System.getProperty("ganlab.home");
    if (home != null) {
      cmd.add("-Dganlab.home=" + home);
    }
    cmd.add(Main.class.getName());
    if (resume) {
      cmd.addAll(List.of("resume", runDir.toString()));
    } else {
      cmd.addAll(spec.commandLine(seed));
      cmd.addAll(List.of("--run-dir", runDir.toString()));
      dataDir.ifPresent(d -> cmd.addAll(List.of("--data-dir", d.toString())));
    }
    Path log = runDir.resolveSibling(runDir.getFileName() + ".log");
    try {
      Files.createDirectories(runDir.getParent());
      Process p =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      // Ctrl-C on the benchmark stops its children too, so none keeps a run directory locked.
      Thread stopChild = new Thread(p::destroy);
      Runtime.getRuntime().addShutdownHook(stopChild);
      try {
        int code = p.waitFor();
        if (code != 0) {
          throw new IllegalStateException("exit status " + code + "; see " + log);
        }
      } catch (InterruptedException e) {
        p.destroy();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while running " + runDir, e);
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException shuttingDown) {
          // The hook is running: nothing to remove.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a run for " + runDir + ": " + e.getMessage(), e);
    }
  }
}
