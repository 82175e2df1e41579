package org.ganlab.models;

import java.util.List;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The generator of {@link TextToImage} (Reed et al. 2016, section 4.1): the caption embedding is
 * compressed by a dense layer with LeakyReLU 0.2, concatenated to the noise z, and DCGAN's 28x28
 * generator maps the result to an image in [-1, 1].
 *
 * @param network G's variables
 * @param projection the caption embedding [b, textDim] to [b, projectionDim]
 * @param body [b, latentDim + projectionDim] to [b, 28, 28, 1]
 * @param latentDim the size of z
 */
public record CaptionGenerator(
    Network<TFloat32> network, Layer<TFloat32> projection, Layer<TFloat32> body, int latentDim) {

  /**
   * {@return G(z, text)}
   *
   * @param z [b, latentDim] noise
   * @param text [b, textDim] caption embeddings
   * @param mode whether G trains (batch statistics, updated or not) or infers
   */
  public Operand<TFloat32> generate(Operand<TFloat32> z, Operand<TFloat32> text, Mode mode) {
    Ops o = network.ops();
    return body.apply(o.concat(List.of(z, projection.apply(text, mode)), o.constant(1)), mode);
  }
}
