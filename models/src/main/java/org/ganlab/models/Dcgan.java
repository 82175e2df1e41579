package org.ganlab.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.losses.NonSaturatingLoss;
import org.tensorflow.op.Ops;

/**
 * DCGAN (Radford, Metz and Chintala 2016) for 28x28 images with 1 or 3 channels.
 *
 * <p>Generator: z -> dense 7x7x(2f) -> BN -> ReLU -> deconv 14x14xf -> BN -> ReLU -> deconv 28x28xC
 * -> tanh. Discriminator: conv 14x14xf -> LeakyReLU(0.2) -> conv 7x7x(2f) -> BN -> LeakyReLU(0.2)
 * -> dense 1 (a logit). Strided (de)convolutions, no pooling, batch norm in both networks except
 * D's input layer and G's output layer, weights from N(0, 0.02) — the paper's guidelines, scaled to
 * 28x28 as in the TensorFlow DCGAN tutorial.
 *
 * @param latentDim size of z
 * @param filters f, the width of the first discriminator layer and last generator hidden layer
 * @param channels image channels (1 for Fashion-MNIST, 3 for stacked)
 * @param kernelSize square (de)convolution kernel
 * @param leakySlope LeakyReLU slope of the discriminator
 * @param initStd standard deviation of the normal weight initializer
 */
public record Dcgan(
    int latentDim, int filters, int channels, int kernelSize, double leakySlope, double initStd)
    implements GanArchitecture {
  /** {@code latent_dim} and {@code filters}. */
  public static final List<Hyperparameter<Dcgan>> HYPERPARAMETERS =
      List.of(
          ArchitectureKeys.latentDim(Dcgan::latentDim, Dcgan::withLatentDim),
          ArchitectureKeys.filters(
              "width of the first D / last G hidden layer", Dcgan::filters, Dcgan::withFilters));

  /**
   * Validates the hyperparameters.
   *
   * @param latentDim size of z
   * @param filters f, the width of the first discriminator layer and last generator hidden layer
   * @param channels image channels (1 for Fashion-MNIST, 3 for stacked)
   * @param kernelSize square (de)convolution kernel
   * @param leakySlope LeakyReLU slope of the discriminator
   * @param initStd standard deviation of the normal weight initializer
   */
  public Dcgan {
    Blocks.checkComponents(latentDim, filters, channels, kernelSize, leakySlope, initStd);
  }

  /** {@return the standard DCGAN for 28x28x1: z of 100, f = 64, 4x4 kernels} */
  public static Dcgan standard() {
    return new Dcgan(100, 64, 1, 4, 0.2, 0.02);
  }

  /**
   * {@return a copy for images with {@code c} channels (3 for stacked Fashion-MNIST)}
   *
   * @param c the number of image channels of the copy
   */
  public Dcgan withChannels(int c) {
    return new Dcgan(latentDim, filters, c, kernelSize, leakySlope, initStd);
  }

  /**
   * {@return a copy with another width}
   *
   * @param f the width of the copy
   */
  public Dcgan withFilters(int f) {
    return new Dcgan(latentDim, f, channels, kernelSize, leakySlope, initStd);
  }

  /**
   * {@return a copy with another latent size}
   *
   * @param d the latent size of the copy
   */
  public Dcgan withLatentDim(int d) {
    return new Dcgan(d, filters, channels, kernelSize, leakySlope, initStd);
  }

  /**
   * {@return a copy with another (de)convolution kernel size}
   *
   * @param k the (de)convolution kernel size of the copy
   */
  public Dcgan withKernelSize(int k) {
    return new Dcgan(latentDim, filters, channels, k, leakySlope, initStd);
  }

  /**
   * {@return a copy with another LeakyReLU slope in the discriminator}
   *
   * @param s the discriminator's LeakyReLU slope in the copy
   */
  public Dcgan withLeakySlope(double s) {
    return new Dcgan(latentDim, filters, channels, kernelSize, s, initStd);
  }

  /**
   * {@return a copy with another initializer standard deviation}
   *
   * @param std the initializer standard deviation of the copy
   */
  public Dcgan withInitStd(double std) {
    return new Dcgan(latentDim, filters, channels, kernelSize, leakySlope, std);
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

  /**
   * {@return the DCGAN paper's recipe (section 4): the non-saturating loss, Adam(2e-4, beta1 0.5)
   * for both networks, one D update per G update, mini-batches of 128}
   */
  public TrainingPreset training() {
    Adam adam = new Adam(2e-4, 0.5, 0.999);
    return new TrainingPreset(
        this,
        new NonSaturatingLoss(),
        List.of(),
        OptimizerPair.of(adam),
        1,
        128,
        "Radford, Metz and Chintala 2016 (DCGAN)");
  }

  @Override
  public GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds) {
    return Blocks.dcganGenerator(
        tf, name, seeds, latentDim, filters, channels, kernelSize, initStd);
  }

  @Override
  public DiscriminatorNet buildDiscriminator(Ops tf, String name, Seeds seeds) {
    return Blocks.dcganDiscriminator(
        tf,
        name,
        seeds,
        channels,
        filters,
        kernelSize,
        leakySlope,
        initStd,
        Normalization.BATCH_NORM,
        "logit");
  }
}
