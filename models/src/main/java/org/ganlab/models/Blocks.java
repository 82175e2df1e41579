package org.ganlab.models;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.BatchNorm;
import org.ganlab.core.nn.Conv2d;
import org.ganlab.core.nn.Conv2dTranspose;
import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Reshape;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.models.stabilizers.SelfAttention;
import org.ganlab.models.stabilizers.SpectralNormConv2d;
import org.ganlab.models.stabilizers.SpectralNormDense;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The DCGAN-shaped building blocks shared by the 28x28 image architectures (DCGAN, WGAN-GP,
 * conditional), so that they differ only where their papers differ. Layer names are part of the
 * checkpoint format: keep them stable.
 */
final class Blocks {
  /** 28 = 7 * 2 * 2: two stride-2 (de)convolutions between 7x7 and 28x28. */
  static final int SIDE = 28;

  static final int BASE_SIDE = 7;

  private Blocks() {}

  /**
   * Checks the components every 28x28 architecture record has, naming the record component that is
   * out of range.
   */
  static void checkComponents(
      int latentDim, int filters, int channels, int kernelSize, double leakySlope, double initStd) {
    Checks.positive("latentDim", latentDim);
    Checks.positive("filters", filters);
    Checks.positive("channels", channels);
    Checks.positive("kernelSize", kernelSize);
    Checks.inUnitInterval("leakySlope", leakySlope);
    Checks.positive("initStd", initStd);
  }

  /** A fresh float32 network under {@code name}. */
  static Network<TFloat32> network(Ops tf, String name, Seeds seeds) {
    return new Network<>(tf, name, TFloat32.class, seeds);
  }

  /**
   * DCGAN's generator for 28x28: input [b, inputDim] -> dense 7x7x(2f) -> BN -> ReLU -> deconv
   * 14x14xf -> BN -> ReLU -> deconv 28x28xC -> tanh. Batch norm everywhere but the output, no
   * biases before batch norm (its offset replaces them).
   */
  static Layer<TFloat32> generator(
      Network<TFloat32> net,
      long inputDim,
      int filters,
      int channels,
      int kernelSize,
      Initializer init) {
    return generator(net, inputDim, filters, channels, kernelSize, init, false);
  }

  /**
   * {@link #generator}, with a self-attention block "attention" (SAGAN) on the 14x14xf maps when
   * {@code attention} is set; without it, exactly the same layers and names.
   */
  static Layer<TFloat32> generator(
      Network<TFloat32> net,
      long inputDim,
      int filters,
      int channels,
      int kernelSize,
      Initializer init,
      boolean attention) {
    Ops o = net.ops();
    long f2 = 2L * filters;
    List<Layer<TFloat32>> layers =
        new ArrayList<>(
            List.of(
                new Dense<>(net, "project", inputDim, BASE_SIDE * BASE_SIDE * f2, init, false),
                new BatchNorm<>(net, "project_bn", BASE_SIDE * BASE_SIDE * f2),
                Activations.relu(o),
                new Reshape<>(o, BASE_SIDE, BASE_SIDE, f2),
                new Conv2dTranspose<>(net, "deconv1", f2, filters, kernelSize, 2, init, false),
                new BatchNorm<>(net, "deconv1_bn", filters),
                Activations.relu(o)));
    if (attention) {
      layers.add(new SelfAttention<>(net, "attention", filters, init, false));
    }
    layers.add(new Conv2dTranspose<>(net, "deconv2", filters, channels, kernelSize, 2, init, true));
    layers.add(Activations.tanh(o));
    return new Sequential<>(layers);
  }

  /**
   * DCGAN's discriminator body for 28x28 up to the flattened features phi(x): conv 14x14xf ->
   * LeakyReLU -> conv 7x7x(2f) -> norm -> LeakyReLU -> flatten to [b, 7*7*2f]. The input layer is
   * never normalized (DCGAN's guideline).
   */
  static Layer<TFloat32> features(
      Network<TFloat32> net,
      long inChannels,
      int filters,
      int kernelSize,
      double leakySlope,
      Initializer init,
      Normalization norm) {
    Ops o = net.ops();
    long f2 = 2L * filters;
    return new Sequential<>(
        List.of(
            new Conv2d<>(net, "conv1", inChannels, filters, kernelSize, 2, init, true),
            Activations.leakyRelu(o, leakySlope),
            new Conv2d<>(net, "conv2", filters, f2, kernelSize, 2, init, norm.needsBias()),
            norm.layer(net, "conv2", f2),
            Activations.leakyRelu(o, leakySlope),
            Reshape.flatten(o)));
  }

  /** Width of {@link #features}' output. */
  static long featureDim(int filters) {
    return (long) BASE_SIDE * BASE_SIDE * 2L * filters;
  }

  /** [b, 1] -> [b]. */
  static Operand<TFloat32> squeeze(Ops tf, Operand<TFloat32> x) {
    return tf.reshape(x, tf.constant(new long[] {-1}));
  }

  /** The DCGAN generator (Dcgan and WganGp share it): z -> 7x7 -> 14x14 -> 28x28, tanh. */
  static GeneratorNet dcganGenerator(
      Ops tf,
      String name,
      Seeds seeds,
      int latentDim,
      int filters,
      int channels,
      int kernelSize,
      double initStd) {
    return dcganGenerator(
        tf, name, seeds, latentDim, filters, channels, kernelSize, initStd, false);
  }

  /**
   * {@link #dcganGenerator}, with a self-attention block at 14x14 when {@code attention} is set.
   */
  static GeneratorNet dcganGenerator(
      Ops tf,
      String name,
      Seeds seeds,
      int latentDim,
      int filters,
      int channels,
      int kernelSize,
      double initStd,
      boolean attention) {
    Network<TFloat32> net = network(tf, name, seeds);
    Layer<TFloat32> body =
        generator(
            net, latentDim, filters, channels, kernelSize, Initializer.normal(initStd), attention);
    return new SequentialGenerator(net, body, latentDim);
  }

  /**
   * A DCGAN-shaped discriminator with the given normalization, ending in one dense score named
   * {@code head} (the name is part of checkpoint variable names).
   */
  static DiscriminatorNet dcganDiscriminator(
      Ops tf,
      String name,
      Seeds seeds,
      int channels,
      int filters,
      int kernelSize,
      double leakySlope,
      double initStd,
      Normalization norm,
      String head) {
    Network<TFloat32> net = network(tf, name, seeds);
    Initializer init = Initializer.normal(initStd);
    Layer<TFloat32> body =
        new Sequential<>(
            List.of(
                features(net, channels, filters, kernelSize, leakySlope, init, norm),
                new Dense<>(net, head, featureDim(filters), 1, init, true)));
    return new SequentialDiscriminator(net, body);
  }

  /**
   * DCGAN's discriminator with every weight spectrally normalized and no other normalization
   * (Miyato et al. 2018 replace D's normalization by spectral norm): SN conv 14x14xf -> LeakyReLU
   * -> SN conv 7x7x(2f) -> LeakyReLU -> flatten -> SN dense "logit". Layer names match {@link
   * #dcganDiscriminator}'s, each with its power-iteration vector "u" beside the kernel. With {@code
   * attention}, a spectrally normalized self-attention block "attention" follows the first
   * LeakyReLU (14x14xf).
   */
  static DiscriminatorNet spectralNormDiscriminator(
      Ops tf,
      String name,
      Seeds seeds,
      int channels,
      int filters,
      int kernelSize,
      double leakySlope,
      double initStd,
      int iterations,
      boolean attention) {
    Network<TFloat32> net = network(tf, name, seeds);
    Ops o = net.ops();
    Initializer init = Initializer.normal(initStd);
    long f2 = 2L * filters;
    List<Layer<TFloat32>> layers = new ArrayList<>();
    layers.add(
        new SpectralNormConv2d<>(
            net, "conv1", channels, filters, kernelSize, 2, init, true, iterations));
    layers.add(Activations.leakyRelu(o, leakySlope));
    if (attention) {
      // SAGAN normalizes the attention block's convolutions in D too.
      layers.add(new SelfAttention<>(net, "attention", filters, init, true));
    }
    layers.add(
        new SpectralNormConv2d<>(net, "conv2", filters, f2, kernelSize, 2, init, true, iterations));
    layers.add(Activations.leakyRelu(o, leakySlope));
    layers.add(Reshape.flatten(o));
    layers.add(
        new SpectralNormDense<>(net, "logit", featureDim(filters), 1, init, true, iterations));
    Layer<TFloat32> body = new Sequential<>(layers);
    return new SequentialDiscriminator(net, body);
  }
}
