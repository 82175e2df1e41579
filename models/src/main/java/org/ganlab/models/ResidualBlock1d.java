package org.ganlab.models;

import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Conv1d;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The residual block of the character-level WGAN-GP (Gulrajani et al. 2017, section 5.5, the
 * authors' {@code gan_language.py}): x + scale * conv(ReLU(conv(ReLU(x)))), two width-preserving
 * 1-D convolutions. The authors scale the residual branch by 0.3 instead of normalizing, which
 * keeps the critic free of batch statistics (the gradient penalty is per example).
 */
final class ResidualBlock1d implements Layer<TFloat32> {
  private final Ops tf;
  private final Layer<TFloat32> relu;
  private final Conv1d<TFloat32> conv1;
  private final Conv1d<TFloat32> conv2;
  private final float scale;

  /**
   * Block {@code name} (layers {@code name_conv1}, {@code name_conv2}: checkpoint names, keep
   * them).
   */
  ResidualBlock1d(
      Network<TFloat32> net,
      String name,
      int width,
      int kernelSize,
      double scale,
      Initializer init) {
    this.tf = net.ops();
    // ReLU as max(x, 0 x): TensorFlow has no gradient for ReluGrad, the backward pass of its Relu
    // op, so a gradient penalty through tf.nn.relu fails; max() is differentiable twice.
    this.relu = Activations.leakyRelu(tf, 0);
    this.conv1 = new Conv1d<>(net, name + "_conv1", width, width, kernelSize, 1, init, true);
    this.conv2 = new Conv1d<>(net, name + "_conv2", width, width, kernelSize, 1, init, true);
    this.scale = (float) scale;
  }

  @Override
  public Operand<TFloat32> apply(Operand<TFloat32> x, Mode mode) {
    Operand<TFloat32> h = conv1.apply(relu.apply(x, mode), mode);
    h = conv2.apply(relu.apply(h, mode), mode);
    return tf.math.add(x, tf.math.mul(tf.constant(scale), h));
  }
}
