package org.ganlab.experiments;

/** A configuration error found before training: the message says what and how to fix it. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with a message for the user. */
  public ConfigException(String message) {
    super(message);
  }
}
