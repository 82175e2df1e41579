package org.ganlab.models;

import java.util.List;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The matching-aware discriminator of {@link TextToImage} (Reed et al. 2016, section 4.1): DCGAN's
 * two strided convolutions take the image to 7x7 maps; the caption embedding, compressed by a dense
 * layer with LeakyReLU 0.2, is replicated over the 7x7 positions and concatenated as channels; a
 * 1x1 convolution with LeakyReLU mixes image and text, and a dense layer gives the logit of "a real
 * image that matches its caption".
 *
 * @param network D's variables
 * @param image [b, 28, 28, 1] to [b, 7, 7, 2f]
 * @param projection [b, textDim] to [b, projectionDim]
 * @param joint [b, 7, 7, 2f + projectionDim] to the logits [b, 1]
 * @param projectionDim the width of the compressed caption
 */
public record CaptionDiscriminator(
    Network<TFloat32> network,
    Layer<TFloat32> image,
    Layer<TFloat32> projection,
    Layer<TFloat32> joint,
    int projectionDim) {

  /**
   * {@return D(x, text): one logit per pair}
   *
   * @param x [b, 28, 28, 1] images in [-1, 1]
   * @param text [b, textDim] caption embeddings
   * @param mode whether D trains (statistics updated or not) or infers
   */
  public Operand<TFloat32> discriminate(Operand<TFloat32> x, Operand<TFloat32> text, Mode mode) {
    Ops o = network.ops();
    Operand<TFloat32> maps = image.apply(x, mode);
    Operand<TFloat32> t =
        o.reshape(projection.apply(text, mode), o.constant(new long[] {-1, 1, 1, projectionDim}));
    int side = Blocks.BASE_SIDE;
    Operand<TFloat32> tiled = o.tile(t, o.constant(new int[] {1, side, side, 1}));
    return Blocks.squeeze(o, joint.apply(o.concat(List.of(maps, tiled), o.constant(3)), mode));
  }
}
