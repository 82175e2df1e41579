package org.ganlab.losses;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.TensorFlow;
import org.tensorflow.op.Ops;
import org.tensorflow.op.math.RsqrtGrad;
import org.tensorflow.types.family.TNumber;

/**
 * Registers the gradients of first-order gradient ops that TensorFlow's C++ gradient registry
 * (which graph-mode {@code Ops.gradients} uses from Java) does not define, so gradient penalties
 * can differentiate through a critic's backward pass.
 *
 * <p>Measured on TensorFlow Java 1.1.0: the backward pass of conv2d, dense (MatMul), bias add,
 * leaky ReLU, reshape, mean and squared difference is itself differentiable, but the backward pass
 * of {@code Rsqrt} (layer norm's 1/sqrt(var + eps)) emits {@code RsqrtGrad}, which has no gradient.
 * The formulas follow TensorFlow Python's {@code math_grad.py}.
 *
 * <p>Registration is process-wide and idempotent; every penalty calls {@link #register()} before it
 * builds a gradient of a gradient, and code that builds its own second-order gradients should too.
 */
public final class HigherOrderGradients {
  private HigherOrderGradients() {}

  /**
   * Registers the missing gradients (a no-op for op types TensorFlow already has a gradient for).
   */
  public static void register() {
    // TensorFlow's registry is process-wide and skips op types that already have a gradient, so
    // calling this again is cheap and needs no flag of our own.
    TensorFlow.registerCustomGradient(RsqrtGrad.Inputs.class, HigherOrderGradients::rsqrtGradGrad);
  }

  /**
   * RsqrtGrad(a, b) = -1/2 * b * a^3, where a = rsqrt(x) and b is the incoming gradient. Its
   * partial derivatives, scaled by the incoming gradient g: d/da = -3/2 * g * b * a^2 and d/db =
   * -1/2 * g * a^3 = RsqrtGrad(a, g).
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<Operand<?>> rsqrtGradGrad(
      Ops tf, RsqrtGrad.Inputs op, List<Output<?>> grads) {
    return rsqrtGradGrad(
        tf, (Operand<TNumber>) op.y, (Operand<TNumber>) op.dy, (Operand<TNumber>) grads.get(0));
  }

  private static <T extends TNumber> List<Operand<?>> rsqrtGradGrad(
      Ops tf, Operand<T> a, Operand<T> b, Operand<T> g) {
    Operand<T> minusThreeHalves = tf.dtypes.cast(tf.constant(-1.5), a.type());
    Operand<T> gradA =
        tf.math.mul(tf.math.mul(minusThreeHalves, tf.math.mul(g, b)), tf.math.square(a));
    Operand<T> gradB = tf.math.rsqrtGrad(a, g);
    return List.of(gradA, gradB);
  }
}
