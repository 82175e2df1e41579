package org.ganlab.experiments.run;

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
          String first = line.substring(0, Math.max(0, line.indexOf(',')));
          try {
            if (Long.parseLong(first) <= keepRowsUpTo) {
              kept.append(line).append('\n');
            }
          } catch (NumberFormatException e) {
            // A torn last line from a crash: dropped.
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

  /** Appends one row; values are written with {@link String#valueOf}. */
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
