package org.ganlab.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * An append-only CSV file with a fixed header, flushed after every row so a crash loses at most the
 * row being written. Reopening an existing file checks its header and first truncates it to {@code
 * keepRowsUpTo}, so a resumed run continues the file exactly where its checkpoint was.
 */
public final class CsvLog implements AutoCloseable {
  private final Path path;
  private final BufferedWriter out;

  /**
   * Opens (creating if needed) a CSV at {@code path}.
   *
   * @param path the CSV file
   * @param header the column names, written if the file is new
   * @param keepRowsUpTo when the file exists, rows whose first column (a step) is greater are
   *     dropped; use Long.MAX_VALUE to keep everything
   */
  public CsvLog(Path path, List<String> header, long keepRowsUpTo) {
    this.path = path;
    String head = String.join(",", header);
    try {
      if (Files.exists(path)) {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(head)) {
          throw new IllegalStateException(
              path
                  + " has header '"
                  + (lines.isEmpty() ? "" : lines.get(0))
                  + "', expected '"
                  + head
                  + "'");
        }
        StringBuilder kept = new StringBuilder(head).append('\n');
        for (String line : lines.subList(1, lines.size())) {
          if (line.isBlank()) {
            continue;
          }
          long step = stepOf(line);
          // A torn last line from a crash (step -1) is dropped.
          if (step >= 0 && step <= keepRowsUpTo) {
            kept.append(line).append('\n');
          }
        }
        AtomicFiles.writeString(path, kept.toString());
        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      } else {
        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        out.write(head);
        out.write('\n');
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + path + ": " + e.getMessage(), e);
    }
  }

  /** The step in a row's first column, or -1 for a torn line (no comma, no number). */
  static long stepOf(String line) {
    int comma = line.indexOf(',');
    try {
      return comma <= 0 ? -1 : Long.parseLong(line.substring(0, comma));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * {@return the step of the last complete row of the CSV at {@code path}; -1 if it has none}
   *
   * @param path the CSV file
   */
  public static long lastStep(Path path) {
    if (!Files.isRegularFile(path)) {
      return -1;
    }
    try {
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 1; i--) {
        long step = stepOf(lines.get(i));
        if (step >= 0) {
          return step;
        }
      }
      return -1;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Appends one row; values are written with {@link String#valueOf}.
   *
   * @param values one value per column
   */
  public void row(List<?> values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(values.get(i));
    }
    try {
      out.write(sb.append('\n').toString());
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
      throw new UncheckedIOException("cannot close " + path + ": " + e.getMessage(), e);
    }
  }
}
