package org.ganlab.metrics.io;

import java.io.IOException;

/**
 * A {@code .npy} or {@code .npz} file that cannot be read: bad magic, unsupported version or dtype,
 * malformed header, wrong shape or truncated data. The message names the file, what was expected
 * and what was found.
 */
public final class NpyFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * An error about {@code source} (a path, or "archive.npz:entry.npy").
   *
   * @param source the path, or "archive.npz:entry.npy"
   * @param problem what is wrong with it
   */
  public NpyFormatException(String source, String problem) {
    super(source + ": " + problem);
  }
}
