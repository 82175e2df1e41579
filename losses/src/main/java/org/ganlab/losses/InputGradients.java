package org.ganlab.losses;

import java.util.List;
import org.ganlab.core.tf.MissingGradient;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

/**
 * Per-example gradients of a discriminator's scores with respect to its input, built so they can be
 * differentiated again (the gradient penalties are minimized by the discriminator's optimizer).
 */
public final class InputGradients {
  /**
   * Added to the squared gradient norm before the square root: |g| = sqrt(|g|^2 + 1e-10). The
   * derivative of sqrt at 0 is infinite, and the chain rule multiplies it by the zero derivative of
   * |g|^2, giving NaN (which the optimizer then writes into every weight) for an example whose
   * input gradient vanishes exactly: a constant or saturated critic, or an example sitting where
   * every unit is cut off. With the epsilon the derivative there is 0 and finite everywhere. The
   * norm moves by at most 1e-5 (at |g| = 0), and not at all in float32 once |g|^2 exceeds about
   * 2e-3 (the epsilon is then below half an ulp), so a linear critic's penalty stays exactly lambda
   * (|w| - 1)^2. TF-GAN's {@code wasserstein_gradient_penalty} uses the same epsilon. Penalties on
   * the squared norm (R1, R2) take no square root and need no epsilon.
   */
  public static final double NORM_EPSILON = 1e-10;

  private InputGradients() {}

  /**
   * {@return d(sum of scores)/d(inputs): [b, ...] like {@code inputs}} Summing the scores first
   * gives every example its own gradient (example i's score depends only on example i's input, for
   * critics without batch statistics). The seed of the backward pass is an explicit constant 1:
   * without it TensorFlow seeds with {@code OnesLike}, which has no gradient, and the penalty could
   * not be differentiated a second time.
   *
   * @param <T> the floating-point type of the scores and inputs
   * @param tf the ops the gradients are built with
   * @param scores D(inputs), any shape (usually [b])
   * @param inputs the tensor D was applied to
   * @throws IllegalArgumentException if the scores do not depend on the inputs
   */
  public static <T extends TFloating> Operand<T> of(Ops tf, Operand<T> scores, Operand<T> inputs) {
    HigherOrderGradients.register();
    Operand<T> total = Reductions.sum(tf, scores);
    Operand<T> seed = Reductions.scalar(tf, 1, total);
    Gradients grads = tf.gradients(total, List.of(inputs), Gradients.dx(List.of(seed)));
    Output<T> g = grads.dy(0);
    if (isMissing(g)) {
      throw new IllegalArgumentException(
          "discriminator scores "
              + scores.op().name()
              + " do not depend on the input "
              + inputs.op().name()
              + ": a gradient penalty needs D(x) computed from x");
    }
    return g;
  }

  /**
   * See {@link MissingGradient#isMissing}.
   *
   * @param gradient an entry of {@code Gradients.dy()}
   * @return whether the gradient is absent (y does not depend on that x)
   */
  public static boolean isMissing(Output<?> gradient) {
    return MissingGradient.isMissing(gradient);
  }

  /**
   * {@return |g_i|^2: sum over every non-batch axis of g^2, [b]}
   *
   * @param <T> the floating-point type of the gradients
   * @param tf the ops the norms are built with
   * @param gradients g, per-example gradients [b, ...]
   */
  public static <T extends TFloating> Operand<T> squaredNorms(Ops tf, Operand<T> gradients) {
    return Reductions.sumPerExample(tf, tf.math.square(gradients));
  }

  /**
   * {@return |g_i| = sqrt(|g_i|^2 + {@link #NORM_EPSILON}), [b]}
   *
   * @param <T> the floating-point type of the gradients
   * @param tf the ops the norms are built with
   * @param gradients g, per-example gradients [b, ...]
   */
  public static <T extends TFloating> Operand<T> norms(Ops tf, Operand<T> gradients) {
    Operand<T> squares = squaredNorms(tf, gradients);
    return tf.math.sqrt(tf.math.add(squares, Reductions.scalar(tf, NORM_EPSILON, squares)));
  }

  /**
   * U[0, 1) per example, shaped [b, 1, ..., 1] to broadcast against {@code like} ([b, ...]), drawn
   * statelessly from {@code seed} so it is a pure function of the trainer's stream seed.
   */
  static <T extends TFloating> Operand<T> uniformPerExample(
      Ops tf, Operand<T> like, Operand<TInt64> seed) {
    int rank = like.shape().numDimensions();
    int[] ones = new int[rank - 1];
    java.util.Arrays.fill(ones, 1);
    Operand<TInt32> batch =
        tf.slice(tf.shape(like), tf.constant(new int[] {0}), tf.constant(new int[] {1}));
    Operand<TInt32> shape = tf.concat(List.of(batch, tf.constant(ones)), tf.constant(0));
    return tf.random.statelessRandomUniform(shape, seed, like.type());
  }
}
