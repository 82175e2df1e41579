package org.ganlab.losses;

import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.Regularizer;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

/**
 * The auxiliary-classifier terms of AC-GAN (Odena et al. 2017, "Conditional Image Synthesis with
 * Auxiliary Classifier GANs", equations 2-3). With L_C = E[CE(real)] + E[CE(generated)], the
 * softmax cross-entropy of the discriminator's class logits against the labels:
 *
 * <pre>
 * discriminator term = dWeight * (E[CE(C(x), y)] + E[CE(C(G(z, y)), y)])
 * generator term     = gWeight * E[CE(C(G(z, y)), y)]
 * </pre>
 *
 * <p>Both networks minimize the classification error (in the paper D maximizes L_S + L_C and G
 * maximizes L_C - L_S): D learns to classify real and generated images, G learns to produce images
 * of the requested class. The cross-entropy is TensorFlow's fused {@code
 * SoftmaxCrossEntropyWithLogits} on one-hot labels (a stable log-softmax), so large logits give
 * finite values. The model must be conditional and its discriminator must have a classifier head.
 * Labels must lie in [0, classes) (the data sources check this): one outside gives an all-zero
 * target, whose cross-entropy is 0.
 *
 * @param discriminatorWeight weight of the discriminator term (1 in the paper)
 * @param generatorWeight weight of the generator term (1 in the paper)
 */
public record AuxiliaryClassifierLoss(double discriminatorWeight, double generatorWeight)
    implements Regularizer {
  /**
   * Checks the weights.
   *
   * @param discriminatorWeight weight of the discriminator term; finite and at least 0 (0 switches
   *     it off)
   * @param generatorWeight weight of the generator term; finite and at least 0 (0 switches it off)
   * @throws IllegalArgumentException if a weight is negative or not finite
   */
  public AuxiliaryClassifierLoss {
    Checks.nonNegative("auxiliary classifier discriminator weight", discriminatorWeight);
    Checks.nonNegative("auxiliary classifier generator weight", generatorWeight);
  }

  /** {@code aux_weight}: one weight for the D and G terms (the paper's 1). */
  public static final List<Hyperparameter<AuxiliaryClassifierLoss>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofDouble(
              "aux_weight",
              0,
              1e3,
              "weight of the auxiliary classifier terms of D and G (the paper's 1)",
              a -> {
                if (a.discriminatorWeight() != a.generatorWeight()) {
                  throw new IllegalArgumentException(
                      "aux_weight describes equal D and G weights, not " + a);
                }
                return a.discriminatorWeight();
              },
              (a, w) -> new AuxiliaryClassifierLoss(w)));

  /** Both weights 1, as in the paper. */
  public AuxiliaryClassifierLoss() {
    this(1, 1);
  }

  /**
   * The same weight for both terms.
   *
   * @param weight weight of both terms; finite and at least 0
   */
  public AuxiliaryClassifierLoss(double weight) {
    this(weight, weight);
  }

  @Override
  public Terms build(Ops tf, GanModel model) {
    if (model.labels() == null) {
      throw new IllegalArgumentException(
          "the auxiliary classifier loss needs a conditional model (labels), this one has none");
    }
    Operand<TFloat32> realLogits = model.onReal().classLogits();
    Operand<TFloat32> fakeLogits = model.onGenerated().classLogits();
    if (realLogits == null || fakeLogits == null) {
      throw new IllegalArgumentException(
          "the auxiliary classifier loss needs class logits, but "
              + "the discriminator has no classifier head (DiscriminatorOutput.classLogits is null)");
    }
    Ops scope = tf.withSubScope(name());
    Operand<TFloat32> onReal = crossEntropy(scope, realLogits, model.labels());
    Operand<TFloat32> onFake = crossEntropy(scope, fakeLogits, model.labels());
    Operand<TFloat32> d =
        scope
            .withName("discriminator_term")
            .math
            .mul(
                Reductions.scalar(scope, discriminatorWeight, onReal),
                scope.math.add(onReal, onFake));
    Operand<TFloat32> g =
        scope
            .withName("generator_term")
            .math
            .mul(Reductions.scalar(scope, generatorWeight, onFake), onFake);
    return new Terms(g, d);
  }

  /**
   * {@return E[-log softmax(logits)[label]] over the batch}
   *
   * @param <T> the floating-point type of the logits and the loss
   * @param tf the ops the loss is built with
   * @param classLogits [b, classes]
   * @param labels [b] class ids in [0, classes)
   */
  public static <T extends TFloating> Operand<T> crossEntropy(
      Ops tf, Operand<T> classLogits, Operand<TInt32> labels) {
    if (classLogits.shape().numDimensions() != 2) {
      throw new IllegalArgumentException(
          "class logits must be [batch, classes], got " + classLogits.shape());
    }
    long classes = classLogits.shape().size(1);
    if (classes <= 0) {
      throw new IllegalArgumentException(
          "the number of classes of the class logits "
              + classLogits.shape()
              + " must be known when the graph is built");
    }
    // The dense kernel with one-hot targets rather than the sparse one: TensorFlow's C++ gradient
    // registry (what Java's Ops.gradients uses) has a gradient for SoftmaxCrossEntropyWithLogits
    // but none for SparseSoftmaxCrossEntropyWithLogits.
    Operand<T> oneHot =
        tf.oneHot(
            labels,
            tf.constant((int) classes),
            Reductions.scalar(tf, 1, classLogits),
            Reductions.scalar(tf, 0, classLogits));
    return Reductions.mean(tf, tf.nn.softmaxCrossEntropyWithLogits(classLogits, oneHot).loss());
  }

  @Override
  public String name() {
    return "auxiliary_classifier";
  }
}
