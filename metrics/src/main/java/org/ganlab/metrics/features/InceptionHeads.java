package org.ganlab.metrics.features;

import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The heads {@link InceptionV3} reads from its imported graph: the features (the pool tensor,
 * flattened to [n, d]) and, if configured, the logits, either read from a logits tensor or computed
 * as features x W with W the second input of a MatMul op, and their softmax probabilities.
 *
 * <p>The constructor looks the tensors up and checks them without adding ops; {@link #build} adds
 * the ops that compute the heads.
 */
final class InceptionHeads {
  /**
   * The ops of the heads.
   *
   * @param features [n, featureDim] features
   * @param logits [n, numClasses] logits, or null without a classifier head
   * @param probabilities the softmax of the logits, or null without a classifier head
   * @param numClasses the number of classes, 0 without a classifier head
   */
  record Outputs(
      Operand<TFloat32> features,
      Operand<TFloat32> logits,
      Operand<TFloat32> probabilities,
      int numClasses) {}

  private final InceptionConfig config;
  private final String source;
  private final Output<TFloat32> pool;
  private final Output<TFloat32> weights;
  private final Output<TFloat32> directLogits;
  private final int featureDim;

  /** Looks up the tensors that {@code config} names in {@code frozen}. */
  InceptionHeads(FrozenGraph frozen, InceptionConfig config) {
    this.config = config;
    this.source = frozen.source();
    pool = frozen.floatTensor("poolTensor", config.poolTensor());
    Shape poolShape = pool.shape();
    Output<TFloat32> weights = null;
    Output<TFloat32> directLogits = null;
    if (!config.logitsTensor().isEmpty()) {
      directLogits = frozen.floatTensor("logitsTensor", config.logitsTensor());
    } else if (!config.logitsMatMulOp().isEmpty()) {
      GraphOperation matMul = frozen.operation("logitsMatMulOp", config.logitsMatMulOp());
      if (matMul.numInputs() < 2) {
        throw new IllegalArgumentException(
            "op "
                + config.logitsMatMulOp()
                + " of "
                + source
                + " has "
                + matMul.numInputs()
                + " inputs; expected a MatMul (features, weights)");
      }
      weights = matMul.input(1).expect(TFloat32.class);
    }
    this.weights = weights;
    this.directLogits = directLogits;
    featureDim = featureDimOf(poolShape, weights);
  }

  /** The size of a feature vector. */
  int featureDim() {
    return featureDim;
  }

  /** Adds the ops that compute the heads, in {@code out}'s scope. */
  Outputs build(Ops out) {
    Operand<TFloat32> features = out.reshape(pool, out.constant(new long[] {-1, featureDim}));
    int numClasses;
    Operand<TFloat32> logits;
    if (directLogits != null) {
      long k =
          directLogits.shape().numDimensions() > 0
              ? directLogits.shape().get(directLogits.shape().numDimensions() - 1)
              : -1;
      if (k <= 0) {
        throw new IllegalArgumentException(
            "logits tensor "
                + config.logitsTensor()
                + " of "
                + source
                + " has no static class dimension (shape "
                + directLogits.shape()
                + ")");
      }
      numClasses = (int) k;
      logits = out.reshape(directLogits, out.constant(new long[] {-1, k}));
    } else if (weights != null) {
      numClasses = (int) weights.shape().get(1);
      logits = out.linalg.matMul(features, weights);
    } else {
      numClasses = 0;
      logits = null;
    }
    Operand<TFloat32> probabilities = logits == null ? null : out.nn.softmax(logits);
    return new Outputs(features, logits, probabilities, numClasses);
  }

  private int featureDimOf(Shape poolShape, Output<TFloat32> weights) {
    if (poolShape.numDimensions() >= 2) {
      long d = 1;
      for (int i = 1; i < poolShape.numDimensions(); i++) {
        d = poolShape.get(i) < 0 ? -1 : d * poolShape.get(i);
        if (d < 0) {
          break;
        }
      }
      if (d > 0) {
        return (int) d;
      }
    }
    if (weights != null && weights.shape().numDimensions() == 2 && weights.shape().get(0) > 0) {
      return (int) weights.shape().get(0);
    }
    throw new IllegalArgumentException(
        "cannot tell the feature dimension of "
            + config.poolTensor()
            + " in "
            + source
            + ": its shape "
            + poolShape
            + " has unknown non-batch dimensions");
  }
}
