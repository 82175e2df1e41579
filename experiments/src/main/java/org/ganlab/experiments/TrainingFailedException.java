package org.ganlab.experiments;

/** Training stopped (e.g. a non-finite loss); the run directory says why in run.log. */
public final class TrainingFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a message for the user. */
  public TrainingFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
