package org.ganlab.losses;

import org.ganlab.core.config.Checks;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

/**
 * The cycle-consistency loss of CycleGAN (Zhu et al. 2017, "Unpaired Image-to-Image Translation
 * using Cycle-Consistent Adversarial Networks", equations 2 and 3), a generator term:
 *
 * <pre>
 * L_cyc = lambda * (E[|F(G(a)) - a|_1] + E[|G(F(b)) - b|_1])    lambda = 10
 * </pre>
 *
 * <p>G maps domain A to B and F maps B to A; each translated batch must map back to where it came
 * from. "E[|.|_1]" is the mean absolute difference over every element, as in the authors' PyTorch
 * code ({@code nn.L1Loss}), so lambda does not depend on the image size.
 *
 * <p>{@code weightA} scales the A -> B -> A term alone: {@code lambda * (weightA * E[|F(G(a)) -
 * a|_1] + E[|G(F(b)) - b|_1])}, the authors' code's {@code lambda_A / lambda_B}. Where G maps many
 * images to one (garments to edge maps), the A cycle asks F to restore what G's output cannot hold,
 * which G can only satisfy by hiding it there (Chu et al. 2017); a weight below 1 eases that
 * demand. At 1 (the paper's equal weights) the term is built exactly as without it.
 *
 * <p>The model module wires this into the CycleGAN's generator loss; the tensor math is static so
 * it needs no model.
 *
 * @param lambda the weight (10 in the paper)
 * @param weightA the A -> B -> A cycle's weight relative to the B -> A -> B one (1 in the paper)
 */
public record CycleConsistencyLoss(double lambda, double weightA) {
  /**
   * Checks the weights.
   *
   * @param lambda the weight (10 in the paper); finite and at least 0
   * @param weightA the A -> B -> A cycle's weight relative to the B -> A -> B one (1 in the paper);
   *     finite and at least 0
   * @throws IllegalArgumentException if a weight is negative or not finite
   */
  public CycleConsistencyLoss {
    Checks.nonNegative("cycle-consistency lambda", lambda);
    Checks.nonNegative("A-cycle weight", weightA);
  }

  /**
   * Both cycles weighted alike, as in the paper.
   *
   * @param lambda the weight (10 in the paper); finite and at least 0
   */
  public CycleConsistencyLoss(double lambda) {
    this(lambda, 1);
  }

  /** lambda = 10. */
  public CycleConsistencyLoss() {
    this(10);
  }

  /**
   * {@return lambda * (weightA * mean |aReconstructed - a| + mean |bReconstructed - b|)}
   *
   * @param <T> the floating-point type of the images and the loss
   * @param tf the ops the loss is built with
   * @param a a batch of domain A
   * @param aReconstructed F(G(a))
   * @param b a batch of domain B
   * @param bReconstructed G(F(b))
   */
  public <T extends TFloating> Operand<T> build(
      Ops tf, Operand<T> a, Operand<T> aReconstructed, Operand<T> b, Operand<T> bReconstructed) {
    // At weightA = 1 no multiplication is added, so the paper's setting keeps its graph.
    Operand<T> sum =
        weightA == 1
            ? cycle(tf, a, aReconstructed, b, bReconstructed)
            : tf.math.add(
                tf.math.mul(Reductions.scalar(tf, weightA, a), l1(tf, a, aReconstructed)),
                l1(tf, b, bReconstructed));
    return tf.math.mul(Reductions.scalar(tf, lambda, sum), sum);
  }

  /**
   * {@return the unweighted mean |aReconstructed - a| + mean |bReconstructed - b|}
   *
   * @param <T> the floating-point type of the images and the loss
   * @param tf the ops the loss is built with
   * @param a a batch of domain A
   * @param aReconstructed F(G(a)), the same shape as {@code a}
   * @param b a batch of domain B
   * @param bReconstructed G(F(b)), the same shape as {@code b}
   */
  public static <T extends TFloating> Operand<T> cycle(
      Ops tf, Operand<T> a, Operand<T> aReconstructed, Operand<T> b, Operand<T> bReconstructed) {
    return tf.math.add(l1(tf, a, aReconstructed), l1(tf, b, bReconstructed));
  }

  /**
   * {@return mean |x - y| over every element; x and y must have the same shape}
   *
   * @param <T> the floating-point type of the tensors
   * @param tf the ops the mean is built with
   * @param x one tensor, of any shape
   * @param y the other tensor, of {@code x}'s shape
   */
  public static <T extends TFloating> Operand<T> l1(Ops tf, Operand<T> x, Operand<T> y) {
    if (!x.shape().isCompatibleWith(y.shape())) {
      throw new IllegalArgumentException(
          "L1 distance between tensors of different shapes " + x.shape() + " and " + y.shape());
    }
    return Reductions.mean(tf, tf.math.abs(tf.math.sub(x, y)));
  }
}
