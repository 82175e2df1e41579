package org.ganlab.models;

import java.util.List;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The joint discriminator D(x, z) of {@link Ali}: a branch per input, concatenated into the joint
 * hidden layer (the features), then a logit.
 *
 * @param network D's variables
 * @param xBranch images to [b, n]
 * @param zBranch codes to [b, m]
 * @param joint [b, n + m] to the features
 * @param head the features to [b, 1]
 */
public record AliDiscriminator(
    Network<TFloat32> network,
    Layer<TFloat32> xBranch,
    Layer<TFloat32> zBranch,
    Layer<TFloat32> joint,
    Layer<TFloat32> head) {

  /**
   * What D says about a batch of pairs.
   *
   * @param features [b, units] joint hidden layer (for feature-matching anomaly scores)
   * @param logits [b] scores; high for real pairs (x, E(x))
   */
  public record Output(Operand<TFloat32> features, Operand<TFloat32> logits) {}

  /**
   * {@return D(x, z)}
   *
   * @param images x, a batch [b, 28, 28, 1] of images in [-1, 1]
   * @param codes z, the batch's codes [b, latentDim]
   * @param mode whether D trains (dropout on, statistics updated) or infers
   */
  public Output discriminate(Operand<TFloat32> images, Operand<TFloat32> codes, Mode mode) {
    Ops o = network.ops();
    Operand<TFloat32> f =
        joint.apply(
            o.concat(
                List.of(xBranch.apply(images, mode), zBranch.apply(codes, mode)), o.constant(1)),
            mode);
    return new Output(f, o.reshape(head.apply(f, mode), o.constant(new long[] {-1})));
  }
}
