package org.ganlab.experiments.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.core.io.AtomicFiles;

/**
 * status.txt: "running", "finished", "interrupted: ..." (Ctrl-C or SIGTERM, naming the last intact
 * checkpoint) or "failed: reason", replaced atomically. Only a run whose status says finished is
 * complete; a run killed with SIGKILL still says running.
 */
public final class RunStatus {
  private RunStatus() {}

  /** Writes the status. */
  public static void write(Path runDir, String status) {
    try {
      AtomicFiles.writeString(runDir.resolve("status.txt"), status + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write status of " + runDir + ": " + e.getMessage(), e);
    }
  }

  /** Reads the status, or "missing". */
  public static String read(Path runDir) {
    try {
      Path f = runDir.resolve("status.txt");
      return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8).trim() : "missing";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read status of " + runDir + ": " + e.getMessage(), e);
    }
  }
}
