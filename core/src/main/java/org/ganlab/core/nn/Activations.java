package org.ganlab.core.nn;

import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

/** Element-wise nonlinearities as layers. */
public final class Activations {
  private Activations() {}

  /**
   * {@return the ReLU layer, max(x, 0)}
   *
   * @param <T> the float type of the layer's input and output
   * @param tf the ops the layer builds on
   */
  public static <T extends TFloating> Layer<T> relu(Ops tf) {
    return (x, mode) -> tf.nn.relu(x);
  }

  /**
   * {@return the leaky ReLU layer: x for x &gt; 0, alpha * x otherwise (DCGAN's discriminator uses
   * alpha 0.2), computed as max(x, alpha x) for 0 &lt;= alpha &lt; 1} TensorFlow's fused {@code
   * LeakyRelu} op trips Grappler's remapper when its input is a conv + bias whose output the
   * gradient also reads ("remapper failed ... fanout LeakyReluGrad"), which aborts that
   * optimization pass for the whole graph; max() costs the same on CPU and its gradient has a
   * gradient (for penalties).
   *
   * @param <T> the float type of the layer's input and output
   * @param tf the ops the layer builds on
   * @param alpha the slope for negative inputs, in [0, 1)
   * @throws IllegalArgumentException if {@code alpha} is outside [0, 1)
   */
  public static <T extends TFloating> Layer<T> leakyRelu(Ops tf, double alpha) {
    if (alpha < 0 || alpha >= 1) {
      throw new IllegalArgumentException("leaky ReLU slope must be in [0, 1), got " + alpha);
    }
    return (x, mode) ->
        tf.math.maximum(x, tf.math.mul(x, tf.dtypes.cast(tf.constant(alpha), x.type())));
  }

  /**
   * {@return the tanh layer, the output of image generators (pixels in [-1, 1])}
   *
   * @param <T> the float type of the layer's input and output
   * @param tf the ops the layer builds on
   */
  public static <T extends TFloating> Layer<T> tanh(Ops tf) {
    return (x, mode) -> tf.math.tanh(x);
  }

  /**
   * {@return the logistic-function layer, 1 / (1 + exp(-x))}
   *
   * @param <T> the float type of the layer's input and output
   * @param tf the ops the layer builds on
   */
  public static <T extends TFloating> Layer<T> sigmoid(Ops tf) {
    return (x, mode) -> tf.math.sigmoid(x);
  }
}
