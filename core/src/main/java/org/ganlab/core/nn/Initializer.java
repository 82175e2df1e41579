package org.ganlab.core.nn;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

/**
 * Creates a variable's initial value from a stateless seed, so initial weights are a pure function
 * of the run's root seed and the variable's name.
 */
@FunctionalInterface
public interface Initializer {
  /**
   * Builds the initial value (in the init scope) for a variable of the given shape and dtype.
   *
   * @param <T> the variable's float type
   * @param tf the ops of the init scope
   * @param shape the variable's shape
   * @param dtype the variable's float type
   * @param seed the [2] seed derived from the variable's full name
   * @return the initial value
   */
  <T extends TFloating> Operand<T> create(Ops tf, Shape shape, Class<T> dtype, long[] seed);

  /** {@return all zeros (biases, batch-norm offsets and moving means)} */
  static Initializer zeros() {
    return new Initializer() {
      @Override
      public <T extends TFloating> Operand<T> create(
          Ops tf, Shape shape, Class<T> dtype, long[] seed) {
        return tf.zeros(tf.constant(shape), dtype);
      }
    };
  }

  /**
   * {@return a constant (1 for batch-norm scales and moving variances)}
   *
   * @param value the value of every element
   */
  static Initializer constant(double value) {
    return new Initializer() {
      @Override
      public <T extends TFloating> Operand<T> create(
          Ops tf, Shape shape, Class<T> dtype, long[] seed) {
        return tf.fill(tf.constant(shape), tf.dtypes.cast(tf.constant(value), dtype));
      }
    };
  }

  /**
   * {@return N(0, std^2): the DCGAN paper's initializer uses std 0.02}
   *
   * @param std the standard deviation
   */
  static Initializer normal(double std) {
    return new Initializer() {
      @Override
      public <T extends TFloating> Operand<T> create(
          Ops tf, Shape shape, Class<T> dtype, long[] seed) {
        Operand<T> z = tf.random.statelessRandomNormal(tf.constant(shape), seedOf(tf, seed), dtype);
        return tf.math.mul(z, tf.dtypes.cast(tf.constant(std), dtype));
      }
    };
  }

  /**
   * {@return Glorot (Xavier) uniform: U(-l, l) with l = sqrt(6 / (fanIn + fanOut)); fans follow
   * Keras (for a conv kernel [kh, kw, in, out]: kh*kw*in and kh*kw*out)}
   */
  static Initializer glorotUniform() {
    return new Initializer() {
      @Override
      public <T extends TFloating> Operand<T> create(
          Ops tf, Shape shape, Class<T> dtype, long[] seed) {
        long receptive = 1;
        for (int i = 0; i < shape.numDimensions() - 2; i++) {
          receptive *= shape.size(i);
        }
        long fanIn =
            shape.numDimensions() < 2
                ? shape.size(0)
                : shape.size(shape.numDimensions() - 2) * receptive;
        long fanOut = shape.size(shape.numDimensions() - 1) * receptive;
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        Operand<T> u =
            tf.random.statelessRandomUniform(tf.constant(shape), seedOf(tf, seed), dtype);
        // u in [0, 1) -> [-limit, limit)
        return tf.math.sub(
            tf.math.mul(u, tf.dtypes.cast(tf.constant(2 * limit), dtype)),
            tf.dtypes.cast(tf.constant(limit), dtype));
      }
    };
  }

  private static Operand<TInt64> seedOf(Ops tf, long[] seed) {
    return tf.constant(seed);
  }
}
