package org.ganlab.models.stabilizers;

import org.ganlab.core.nn.Conv2d;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.train.BatchMatMul;
import org.tensorflow.types.family.TFloating;

/**
 * The self-attention block of SAGAN (Zhang, Goodfellow, Metaxas and Odena 2019, "Self-Attention
 * Generative Adversarial Networks", section 3), for NHWC feature maps with static height and width,
 * usable in the generator and the discriminator.
 *
 * <p>With N = h*w positions and the 1x1 convolutions f, g, h (C to C/k channels) and v (C/k to C):
 * s_ij = f(x_i) . g(x_j), beta_{j,i} = softmax over i of s_ij (how much position j attends to
 * position i), o_j = v(sum_i beta_{j,i} h(x_i)), and y = x + gamma o. gamma is a learned scalar
 * that starts at 0, so the block starts as the identity and the network first relies on local
 * convolutions, adding non-local evidence as gamma grows (the paper's argument for it). SAGAN puts
 * spectral normalization on both networks' layers, these convolutions included; {@code
 * spectralNorm} does that here.
 *
 * <p>Variables: the convolutions are "{@code name}_f", "_g", "_h" and "_v" (kernels without bias,
 * as in the authors' code), gamma is "{@code name}/gamma".
 *
 * @param <T> the compute dtype
 */
public final class SelfAttention<T extends TFloating> implements Layer<T> {
  /** The paper's channel reduction k: f, g and h have C/8 channels. */
  public static final int DEFAULT_REDUCTION = 8;

  private final Ops tf;
  private final Layer<T> f;
  private final Layer<T> g;
  private final Layer<T> h;
  private final Layer<T> v;
  private final Variable<T> gamma;
  private final long reduced;

  /**
   * A block with the paper's reduction of 8.
   *
   * @param net the network that owns the block's variables
   * @param name the block's scope name within the network
   * @param channels C, the input and output channels
   * @param init initializer of the four 1x1 kernels
   * @param spectralNorm whether the four convolutions are spectrally normalized
   */
  public SelfAttention(
      Network<T> net, String name, long channels, Initializer init, boolean spectralNorm) {
    this(net, name, channels, DEFAULT_REDUCTION, init, spectralNorm);
  }

  /**
   * @param net the network that owns the block's variables
   * @param name the block's scope name within the network
   * @param channels C, the input and output channels
   * @param reduction k: f, g and h map C channels to C/k (at least 1)
   * @param init initializer of the four 1x1 kernels
   * @param spectralNorm whether the four convolutions are spectrally normalized
   */
  public SelfAttention(
      Network<T> net,
      String name,
      long channels,
      int reduction,
      Initializer init,
      boolean spectralNorm) {
    if (reduction < 1 || channels / reduction < 1) {
      throw new IllegalArgumentException(
          "reduction must be in [1, channels], got " + reduction + " for " + channels);
    }
    this.tf = net.ops().withSubScope(name);
    this.reduced = channels / reduction;
    this.f = conv(net, name + "_f", channels, reduced, init, spectralNorm);
    this.g = conv(net, name + "_g", channels, reduced, init, spectralNorm);
    this.h = conv(net, name + "_h", channels, reduced, init, spectralNorm);
    this.v = conv(net, name + "_v", reduced, channels, init, spectralNorm);
    this.gamma = net.variable(tf, "gamma", Shape.scalar(), Initializer.zeros(), true);
  }

  private static <T extends TFloating> Layer<T> conv(
      Network<T> net, String name, long in, long out, Initializer init, boolean spectralNorm) {
    return spectralNorm
        ? new SpectralNormConv2d<>(net, name, in, out, 1, 1, init, false)
        : new Conv2d<>(net, name, in, out, 1, 1, init, false);
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    Shape s = x.shape();
    Operand<T> beta = attentionMap(x, mode);
    Operand<T> values = positions(h.apply(x, mode), s);
    Operand<T> attended = tf.train.batchMatMul(beta, values, x.type());
    Operand<T> o =
        v.apply(
            tf.reshape(attended, tf.constant(new long[] {-1, s.size(1), s.size(2), reduced})),
            mode);
    return tf.math.add(x, tf.math.mul(gamma, o));
  }

  /**
   * {@return the attention map beta, [b, N, N] with positions in row-major (h, w) order: row j is
   * the distribution over the positions i that position j attends to}
   *
   * @param x the input batch [b, h, w, C]
   * @param mode whether the convolutions train (updating their statistics) or infer
   */
  public Operand<T> attentionMap(Operand<T> x, Mode mode) {
    Shape s = x.shape();
    if (s.numDimensions() != 4 || s.size(1) < 0 || s.size(2) < 0) {
      throw new IllegalArgumentException(
          "SelfAttention needs NHWC input with static height and width, got " + s);
    }
    Operand<T> keys = positions(f.apply(x, mode), s);
    Operand<T> queries = positions(g.apply(x, mode), s);
    // scores[b, j, i] = g(x_j) . f(x_i); softmax over the last axis (i).
    Operand<T> scores = tf.train.batchMatMul(queries, keys, x.type(), BatchMatMul.adjY(true));
    return tf.nn.softmax(scores);
  }

  /** [b, h, w, c] -> [b, h*w, c]. */
  private Operand<T> positions(Operand<T> y, Shape s) {
    long c = y.shape().size(3);
    return tf.reshape(y, tf.constant(new long[] {-1, s.size(1) * s.size(2), c}));
  }

  /** {@return the learned scalar weight of the attention output (0 at initialization)} */
  public Variable<T> gamma() {
    return gamma;
  }
}
