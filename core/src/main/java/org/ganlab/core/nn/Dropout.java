package org.ganlab.core.nn;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

/**
 * Inverted dropout with a stateless mask: keeps each unit with probability 1 - rate and scales kept
 * units by 1 / (1 - rate). The mask is drawn from a [2] int64 seed tensor fed per step, so a step's
 * mask does not depend on how many steps ran before it. Identity in inference.
 *
 * @param <T> the compute dtype
 */
public final class Dropout<T extends TFloating> implements Layer<T> {
  private final Ops tf;
  private final double rate;
  private final Operand<TInt64> seed;

  /**
   * @param tf the ops the layer is built with
   * @param rate probability of dropping a unit, in [0, 1)
   * @param seed a [2] int64 tensor, typically a per-step seed placeholder
   */
  public Dropout(Ops tf, double rate, Operand<TInt64> seed) {
    if (rate < 0 || rate >= 1) {
      throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
    }
    this.tf = tf;
    this.rate = rate;
    this.seed = seed;
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    if (mode == Mode.INFERENCE || rate == 0) {
      return x;
    }
    Operand<T> u = tf.random.statelessRandomUniform(tf.shape(x), seed, x.type());
    Operand<T> keep =
        tf.dtypes.cast(
            tf.math.greaterEqual(u, tf.dtypes.cast(tf.constant(rate), x.type())), x.type());
    return tf.math.mul(x, tf.math.mul(keep, tf.dtypes.cast(tf.constant(1 / (1 - rate)), x.type())));
  }
}
