package org.ganlab.models;

import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * The encoder E of {@link Ali}, images to codes: deterministic (BiGAN, Donahue et al. 2017) when
 * {@code noiseSeed} is null, else Gaussian (ALI, Dumoulin et al. 2017): {@code body} gives a mean
 * and a log std, and training draws z = mean + exp(logStd) * eps (the reparametrization trick), eps
 * ~ N(0, 1) from {@code noiseSeed}, so the gradient reaches both.
 *
 * @param network E's variables and statistic updates
 * @param body images [b, 28, 28, 1] to [b, latentDim], or to [b, 2 latentDim] (mean, log std)
 * @param noiseSeed the [2] seed of the noise eps, or null (deterministic)
 */
public record AliEncoder(
    Network<TFloat32> network, Layer<TFloat32> body, Operand<TInt64> noiseSeed) {

  /**
   * {@return E(x); in {@link Mode#INFERENCE} a Gaussian encoder gives its mean}
   *
   * @param images x, a batch [b, 28, 28, 1] of images in [-1, 1]
   * @param mode whether E trains (noise drawn, statistics updated) or infers
   */
  public Operand<TFloat32> encode(Operand<TFloat32> images, Mode mode) {
    Operand<TFloat32> y = body.apply(images, mode);
    if (noiseSeed == null) {
      return y;
    }
    Ops o = network.ops();
    var meanAndLogStd = o.split(o.constant(1), y, 2L).output();
    Operand<TFloat32> mean = meanAndLogStd.get(0);
    // A static noise shape: TensorFlow has no gradient for a random op whose shape input depends
    // on the weights. Training batches have a static size.
    return mode == Mode.INFERENCE
        ? mean
        : o.math.add(
            mean,
            o.math.mul(
                o.math.exp(meanAndLogStd.get(1)),
                o.random.statelessRandomNormal(
                    o.constant(mean.shape().asArray()), noiseSeed, TFloat32.class)));
  }
}
