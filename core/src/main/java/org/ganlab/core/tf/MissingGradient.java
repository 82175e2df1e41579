package org.ganlab.core.tf;

import org.tensorflow.GraphOperation;
import org.tensorflow.Output;
import org.tensorflow.internal.c_api.TF_Operation;

/**
 * Recognizes the "no gradient" entries of {@code Ops.gradients}: support for code that builds its
 * own gradients (core's optimizers, the gradient penalties of {@code losses}), which is why it is
 * public. Stateless and thread-safe.
 */
public final class MissingGradient {
  private MissingGradient() {}

  /**
   * {@return whether {@code gradient}, an entry of {@code Gradients.dy()}, is absent: TensorFlow's
   * C API returns an output without an operation (not a Java null) for an x that y does not depend
   * on}
   *
   * @param gradient an entry of {@code Gradients.dy()}
   */
  public static boolean isMissing(Output<?> gradient) {
    if (gradient == null) {
      return true;
    }
    TF_Operation handle = ((GraphOperation) gradient.op()).getUnsafeNativeHandle();
    return handle == null || handle.isNull();
  }
}
