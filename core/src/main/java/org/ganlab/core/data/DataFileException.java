package org.ganlab.core.data;

import java.util.Objects;

/**
 * A data file is missing, unreadable, or does not hold what the caller needs.
 *
 * <p>Unchecked because there is nothing a caller can do about a bad file except report it; the
 * message is written for the user who has to fix the file, so it always names the file and, for
 * content problems, says what was expected and what was found.
 */
public class DataFileException extends RuntimeException {
  /** The file (path or resource name) the problem is in. */
  private final String file;

  /**
   * A problem with {@code file} described by a complete {@code message}.
   *
   * @param file the path or resource name of the file
   * @param message the complete message
   */
  public DataFileException(String file, String message) {
    this(file, message, null);
  }

  /**
   * A problem with {@code file} described by {@code message}, caused by {@code cause}.
   *
   * @param file the path or resource name of the file
   * @param message the complete message
   * @param cause the exception that revealed the problem
   */
  public DataFileException(String file, String message, Throwable cause) {
    super(Objects.requireNonNull(file, "file") + ": " + message, cause);
    this.file = file;
  }

  /**
   * {@return a content problem: "{file}: {problem}: expected {expected}, found {found}"}
   *
   * @param file the path or resource name of the file
   * @param problem what is wrong, e.g. "wrong magic number"
   * @param expected what a good file has at this point
   * @param found what this file has instead
   */
  public static DataFileException mismatch(
      String file, String problem, String expected, String found) {
    return new DataFileException(file, problem + ": expected " + expected + ", found " + found);
  }

  /** {@return the file (path or resource name) the problem is in} */
  public String file() {
    return file;
  }
}
