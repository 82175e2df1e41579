package org.ganlab.experiments.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ganlab.experiments.run.ChildJvm;

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
    List<String> args = new ArrayList<>();
    if (resume) {
      args.addAll(List.of("resume", runDir.toString()));
    } else {
      args.addAll(spec.commandLine(seed));
      args.addAll(List.of("--run-dir", runDir.toString()));
      dataDir.ifPresent(d -> args.addAll(List.of("--data-dir", d.toString())));
    }
    List<String> cmd = ChildJvm.ganlab(args);
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
