package org.ganlab.core.train;

/** Training produced a NaN or infinite loss; the run must stop at this step. */
public final class NonFiniteLossException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The step whose update produced the value. */
  private final long step;

  /** Which loss or term was not finite. */
  private final String loss;

  /**
   * A non-finite {@code loss} at {@code step}.
   *
   * @param step the step whose update produced the value
   * @param loss the name of the loss or term
   * @param value the value: NaN or an infinity
   */
  public NonFiniteLossException(long step, String loss, float value) {
    super("non-finite " + loss + " (" + value + ") at step " + step);
    this.step = step;
    this.loss = loss;
  }

  /** {@return the step whose update produced the value} */
  public long step() {
    return step;
  }

  /** {@return which loss or term was not finite} */
  public String loss() {
    return loss;
  }
}
