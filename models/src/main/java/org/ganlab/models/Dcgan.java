package org.ganlab.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GeneratorNet;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * DCGAN (Radford, Metz and Chintala 2016) for 28x28 images with 1 or 3 channels.
 *
 * <p>Generator: z -> dense 7x7x(2f) -> BN -> ReLU -> deconv 14x14xf -> BN -> ReLU -> deconv
 * 28x28xC -> tanh. Discriminator: conv 14x14xf -> LeakyReLU(0.2) -> conv 7x7x(2f) -> BN ->
 * LeakyReLU(0.2) -> dense 1 (a logit). Strided (de)convolutions, no pooling, batch norm in both
 * networks except D's input layer and G's output layer, weights from N(0, 0.02) — the paper's
 * guidelines, scaled to 28x28 as in the TensorFlow DCGAN tutorial.
 *
 * @param latentDim size of z
 * @param filters f, the width of the first discriminator layer and last generator hidden layer
 * @param channels image channels (1 for Fashion-MNIST, 3 for stacked)
 * @param kernelSize square (de)convolution kernel
 * @param leakySlope LeakyReLU slope of the discriminator
 * @param initStd standard deviation of the normal weight initializer
 */
public record Dcgan(int latentDim, int filters, int channels, int kernelSize, double leakySlope,
    double initStd) implements GanArchitecture {

  /** Validates the hyperparameters. */
  public Dcgan {
    Params.positive("latentDim", latentDim);
    Params.positive("filters", filters);
    Params.positive("channels", channels);
    Params.positive("kernelSize", kernelSize);
    if (leakySlope < 0 || leakySlope >= 1) {
      throw new IllegalArgumentException("leakySlope must be in [0, 1), got " + leakySlope);
    }
    if (!(initStd > 0)) {
      throw new IllegalArgumentException("initStd must be positive, got " + initStd);
    }
  }

  /** The standard DCGAN for 28x28x1: z of 100, f = 64, 4x4 kernels. */
  public static Dcgan standard() {
    return new Dcgan(100, 64, 1, 4, 0.2, 0.02);
  }

  /** A copy for images with {@code c} channels (3 for stacked Fashion-MNIST). */
  public Dcgan withChannels(int c) {
    return new Dcgan(latentDim, filters, c, kernelSize, leakySlope, initStd);
  }

  /** A copy with another width. */
  public Dcgan withFilters(int f) {
    return new Dcgan(latentDim, f, channels, kernelSize, leakySlope, initStd);
  }

  /** A copy with another latent size. */
  public Dcgan withLatentDim(int d) {
    return new Dcgan(d, filters, channels, kernelSize, leakySlope, initStd);
  }

  @Override
  public int[] exampleShape() {
    return new int[] {28, 28, channels};
  }

  @Override
  public Map<String, Object> hyperparameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", "dcgan");
    m.put("latentDim", latentDim);
    m.put("filters", filters);
    m.put("channels", channels);
    m.put("kernelSize", kernelSize);
    m.put("leakySlope", leakySlope);
    m.put("initStd", initStd);
    return m;
  }

  @Override
  public GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds) {
    Network<TFloat32> net = new Network<>(tf, name, TFloat32.class, seeds);
    Ops o = net.ops();
    Initializer init = Initializer.normal(initStd);
    long f2 = 2L * filters;
    Layer<TFloat32> body = new Sequential<>(List.of(
        new Dense<>(net, "project", latentDim, 7 * 7 * f2, init, false),
        new BatchNorm<>(net, "project_bn", 7 * 7 * f2),
        Activations.relu(o),
        new Reshape<>(o, 7, 7, f2),
        new Conv2dTranspose<>(net, "deconv1", f2, filters, kernelSize, 2, init, false),
        new BatchNorm<>(net, "deconv1_bn", filters),
        Activations.relu(o),
        new Conv2dTranspose<>(net, "deconv2", filters, channels, kernelSize, 2, init, true),
        Activations.tanh(o)));
    return new SequentialGenerator(net, body, latentDim);
  }

  @Override
  public DiscriminatorNet buildDiscriminator(Ops tf, String name, Seeds seeds) {
    Network<TFloat32> net = new Network<>(tf, name, TFloat32.class, seeds);
    Ops o = net.ops();
    Initializer init = Initializer.normal(initStd);
    long f2 = 2L * filters;
    Layer<TFloat32> body = new Sequential<>(List.of(
        new Conv2d<>(net, "conv1", channels, filters, kernelSize, 2, init, true),
        Activations.leakyRelu(o, leakySlope),
        new Conv2d<>(net, "conv2", filters, f2, kernelSize, 2, init, false),
        new BatchNorm<>(net, "conv2_bn", f2),
        Activations.leakyRelu(o, leakySlope),
        Reshape.flatten(o),
        new Dense<>(net, "logit", 7 * 7 * f2, 1, init, true)));
    return new SequentialDiscriminator(net, body);
  }
}
