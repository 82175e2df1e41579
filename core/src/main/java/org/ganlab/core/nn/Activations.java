package org.ganlab.core.nn;

import org.tensorflow.op.Ops;
import org.tensorflow.op.nn.LeakyRelu;
import org.tensorflow.types.family.TFloating;

/** Element-wise nonlinearities as layers. */
public final class Activations {
  private Activations() {}

  /** max(x, 0). */
  public static <T extends TFloating> Layer<T> relu(Ops tf) {
    return (x, mode) -> tf.nn.relu(x);
  }

  /** x for x > 0, alpha * x otherwise (DCGAN's discriminator uses alpha 0.2). */
  public static <T extends TFloating> Layer<T> leakyRelu(Ops tf, double alpha) {
    return (x, mode) -> tf.nn.leakyRelu(x, LeakyRelu.alpha((float) alpha));
  }

  /** tanh, the output of image generators (pixels in [-1, 1]). */
  public static <T extends TFloating> Layer<T> tanh(Ops tf) {
    return (x, mode) -> tf.math.tanh(x);
  }

  /** The logistic function. */
  public static <T extends TFloating> Layer<T> sigmoid(Ops tf) {
    return (x, mode) -> tf.math.sigmoid(x);
  }
}
