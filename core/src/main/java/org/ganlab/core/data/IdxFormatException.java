package org.ganlab.core.data;

/**
 * An IDX file's content is not a valid IDX array of the kind the caller asked for: wrong magic
 * number, unsupported element type, wrong number of dimensions, truncated or trailing data, or a
 * corrupt gzip stream. The message names the file, what was expected and what was found.
 */
public class IdxFormatException extends DataFileException {
  /**
   * A problem described by a complete {@code message}.
   *
   * @param file the path or resource name of the file
   * @param message the complete message
   */
  public IdxFormatException(String file, String message) {
    super(file, message);
  }

  /**
   * A problem described by {@code message}, caused by {@code cause}.
   *
   * @param file the path or resource name of the file
   * @param message the complete message
   * @param cause the exception that revealed the problem
   */
  public IdxFormatException(String file, String message, Throwable cause) {
    super(file, message, cause);
  }

  /**
   * {@return "{file}: {problem}: expected {expected}, found {found}"}
   *
   * @param file the path or resource name of the file
   * @param problem what is wrong, e.g. "wrong magic number"
   * @param expected what a good file has at this point
   * @param found what this file has instead
   */
  public static IdxFormatException mismatch(
      String file, String problem, String expected, String found) {
    return new IdxFormatException(file, problem + ": expected " + expected + ", found " + found);
  }
}
