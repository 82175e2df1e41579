package org.ganlab.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Whole-file writes that never leave a half-written file under the final name: the bytes go to a
 * temporary sibling, which is renamed over the target when complete (and deleted if writing fails).
 * The parent directory is created if needed.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** What a write puts in the file; may throw, and then the target is left as it was. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the file's content to {@code out}.
     *
     * @param out the stream to the temporary file
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code bytes} to {@code target} atomically.
   *
   * @param target the file to replace or create
   * @param bytes the file's content
   * @throws IOException if the file cannot be written or moved into place
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes UTF-8 text to {@code target} atomically.
   *
   * @param target the file to replace or create
   * @param text the file's content
   * @throws IOException if the file cannot be written or moved into place
   */
  public static void writeString(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes what {@code body} produces to {@code target} atomically.
   *
   * @param target the file to replace or create
   * @param body writes the file's content
   * @throws IOException if the file cannot be written or moved into place
   */
  public static void write(Path target, Body body) throws IOException {
    Path file = target.toAbsolutePath();
    Path dir = file.getParent();
    Files.createDirectories(dir);
    // A name of its own per write, so two writers of one file never share a temporary. Not
    // Files.createTempFile: its owner-only permissions would stay with the renamed file.
    Path tmp =
        dir.resolve(
            "."
                + file.getFileName()
                + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                + ".tmp");
    try {
      try (OutputStream out =
          new BufferedOutputStream(
              Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW), 1 << 16)) {
        body.writeTo(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
