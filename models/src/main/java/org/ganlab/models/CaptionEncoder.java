package org.ganlab.models;

import java.util.List;
import org.ganlab.core.data.captions.Vocabulary;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Conv1d;
import org.ganlab.core.nn.Embedding;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Sequential;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The text encoder of {@link TextToImage}: padded token ids [b, {@link Vocabulary#MAX_TOKENS}] to a
 * caption embedding [b, textDim]. Word embeddings (padding zeroed), one 1-D convolution of width 3
 * over the words with LeakyReLU 0.2, then the mean over the caption's words (padding excluded), so
 * a caption of any length up to the maximum gets an embedding and "a dark sneaker" sits near "a
 * small dark sneaker". Reed et al. 2016 pretrained a char-CNN-RNN; here the encoder is a small
 * word-level one trained with the GAN by the discriminator's loss, as their joint-training variant.
 *
 * @param network the encoder's variables
 * @param embedding the word embedding table, one row per token id
 * @param conv the convolution over the embedded words with its activation
 * @param embeddingDim the width of a word embedding
 * @param textDim the width of the caption embedding
 */
public record CaptionEncoder(
    Network<TFloat32> network,
    Embedding<TFloat32> embedding,
    Layer<TFloat32> conv,
    int embeddingDim,
    int textDim) {

  /**
   * Builds the encoder's layers in {@code net}.
   *
   * @param net the encoder's network
   * @param embeddingDim the width of a word embedding
   * @param textDim the width of the caption embedding
   * @param init the initializer of every weight
   * @return the encoder
   */
  static CaptionEncoder build(
      Network<TFloat32> net, int embeddingDim, int textDim, Initializer init) {
    Layer<TFloat32> conv =
        new Sequential<>(
            List.of(
                new Conv1d<>(net, "conv", embeddingDim, textDim, 3, 1, init, true),
                Activations.leakyRelu(net.ops(), 0.2)));
    return new CaptionEncoder(
        net,
        new Embedding<>(net, "embedding", Vocabulary.SIZE, embeddingDim, init),
        conv,
        embeddingDim,
        textDim);
  }

  /**
   * {@return the caption embeddings [b, textDim] of padded token ids}
   *
   * @param tokens [b, {@link Vocabulary#MAX_TOKENS}] token ids, {@link Vocabulary#PAD} after the
   *     last word
   * @param mode training or inference (the encoder has no batch statistics)
   */
  public Operand<TFloat32> encode(Operand<TInt32> tokens, Mode mode) {
    Ops o = network.ops();
    long length = Vocabulary.MAX_TOKENS;
    Operand<TFloat32> words =
        o.reshape(
            embedding.apply(o.reshape(tokens, o.constant(new long[] {-1}))),
            o.constant(new long[] {-1, length, embeddingDim}));
    // [b, L, 1]: 1 at words, 0 at padding, so padding neither feeds the convolution nor the mean.
    Operand<TFloat32> mask =
        o.expandDims(
            o.dtypes.cast(o.math.notEqual(tokens, o.constant(Vocabulary.PAD)), TFloat32.class),
            o.constant(-1));
    Operand<TFloat32> h = o.math.mul(conv.apply(o.math.mul(words, mask), mode), mask);
    Operand<TFloat32> count = o.math.maximum(o.reduceSum(mask, o.constant(1)), o.constant(1f));
    return o.math.div(o.reduceSum(h, o.constant(1)), count);
  }
}
