package org.ganlab.experiments.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** run.log: timestamped human-readable events of a run, appended across resumes. */
public final class RunLog implements AutoCloseable {
  private final BufferedWriter out;
  private final Path path;

  /** Opens (appending) the log at {@code path}. */
  public RunLog(Path path) {
    this.path = path;
    try {
      out =
          Files.newBufferedWriter(
              path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + path + ": " + e.getMessage(), e);
    }
  }

  /** Appends one line. */
  public void log(String message) {
    try {
      out.write(Instant.now() + " " + message + "\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
