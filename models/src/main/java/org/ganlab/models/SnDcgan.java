package org.ganlab.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.losses.HingeLoss;
import org.tensorflow.op.Ops;

/**
 * SN-DCGAN (Miyato, Kataoka, Koyama and Yoshida 2018, "Spectral Normalization for Generative
 * Adversarial Networks") for 28x28 images: DCGAN's generator with batch norm, and DCGAN's
 * discriminator with every weight spectrally normalized in place of batch norm, trained with the
 * hinge loss. Spectral norm bounds each layer's Lipschitz constant by 1, so D cannot sharpen
 * without limit and G's gradients stay informative.
 *
 * <p>Generator: z -> dense 7x7x(2f) -> BN -> ReLU -> deconv 14x14xf -> BN -> ReLU -> deconv 28x28xC
 * -> tanh (as {@link Dcgan}). Discriminator: SN conv 14x14xf -> LeakyReLU -> SN conv 7x7x(2f) ->
 * LeakyReLU -> SN dense 1. The paper's "standard CNN" is deeper (seven convolutions for 32x32);
 * this keeps DCGAN's depth so that the two presets differ only in D's normalization and the loss.
 *
 * @param latentDim size of z
 * @param filters f, the width of the first discriminator layer and last generator hidden layer
 * @param channels image channels
 * @param kernelSize square (de)convolution kernel
 * @param leakySlope LeakyReLU slope of the discriminator (the paper's 0.1)
 * @param initStd standard deviation of the normal weight initializer
 * @param powerIterations power iterations per training step for each spectral norm (the paper's 1)
 * @param selfAttention whether G and D each get a self-attention block at 14x14 (SAGAN)
 */
public record SnDcgan(
    int latentDim,
    int filters,
    int channels,
    int kernelSize,
    double leakySlope,
    double initStd,
    int powerIterations,
    boolean selfAttention)
    implements GanArchitecture {
  /** {@code latent_dim}, {@code filters}, {@code power_iterations} and {@code self_attention}. */
  public static final List<Hyperparameter<SnDcgan>> HYPERPARAMETERS =
      List.of(
          ArchitectureKeys.latentDim(SnDcgan::latentDim, SnDcgan::withLatentDim),
          ArchitectureKeys.filters(
              "width of the first D / last G hidden layer", SnDcgan::filters, SnDcgan::withFilters),
          ArchitectureKeys.powerIterations(SnDcgan::powerIterations, SnDcgan::withPowerIterations),
          Hyperparameter.ofBoolean(
              "self_attention",
              "a self-attention block (SAGAN, Zhang et al. 2019) at 14x14 in G and in D",
              SnDcgan::selfAttention,
              SnDcgan::withSelfAttention));

  /**
   * Validates the hyperparameters.
   *
   * @param latentDim size of z
   * @param filters f, the width of the first discriminator layer and last generator hidden layer
   * @param channels image channels
   * @param kernelSize square (de)convolution kernel
   * @param leakySlope LeakyReLU slope of the discriminator (the paper's 0.1)
   * @param initStd standard deviation of the normal weight initializer
   * @param powerIterations power iterations per training step for each spectral norm (the paper's
   *     1)
   * @param selfAttention whether G and D each get a self-attention block at 14x14 (SAGAN)
   */
  public SnDcgan {
    Blocks.checkComponents(latentDim, filters, channels, kernelSize, leakySlope, initStd);
    Checks.positive("powerIterations", powerIterations);
  }

  /**
   * {@return z of 100, f = 64, one channel, 4x4 kernels, LeakyReLU 0.1, N(0, 0.02), one iteration}
   */
  public static SnDcgan standard() {
    return new SnDcgan(100, 64, 1, 4, 0.1, 0.02, 1, false);
  }

  /**
   * {@return the recipe: hinge loss (the paper's equations 16-17), Adam(2e-4, beta1 0.5, beta2
   * 0.999) for both networks with one D update per G update (setting C of the paper's table 1,
   * DCGAN's, under which spectral norm stayed stable), batches of 64}
   */
  public TrainingPreset training() {
    Adam adam = new Adam(2e-4, 0.5, 0.999);
    return new TrainingPreset(
        this,
        new HingeLoss(),
        List.of(),
        OptimizerPair.of(adam),
        1,
        64,
        "Miyato et al. 2018 (SN-GAN), hinge loss, table 1 setting C");
  }

  /**
   * {@return a copy with another latent size}
   *
   * @param d the latent size of the copy
   */
  public SnDcgan withLatentDim(int d) {
    return new SnDcgan(
        d, filters, channels, kernelSize, leakySlope, initStd, powerIterations, selfAttention);
  }

  /**
   * {@return a copy with another width}
   *
   * @param f the width of the copy
   */
  public SnDcgan withFilters(int f) {
    return new SnDcgan(
        latentDim, f, channels, kernelSize, leakySlope, initStd, powerIterations, selfAttention);
  }

  /**
   * {@return a copy for images with {@code c} channels}
   *
   * @param c the number of image channels of the copy
   */
  public SnDcgan withChannels(int c) {
    return new SnDcgan(
        latentDim, filters, c, kernelSize, leakySlope, initStd, powerIterations, selfAttention);
  }

  /**
   * {@return a copy with another kernel size}
   *
   * @param k the kernel size of the copy
   */
  public SnDcgan withKernelSize(int k) {
    return new SnDcgan(
        latentDim, filters, channels, k, leakySlope, initStd, powerIterations, selfAttention);
  }

  /**
   * {@return a copy with another LeakyReLU slope}
   *
   * @param s the LeakyReLU slope of the copy
   */
  public SnDcgan withLeakySlope(double s) {
    return new SnDcgan(
        latentDim, filters, channels, kernelSize, s, initStd, powerIterations, selfAttention);
  }

  /**
   * {@return a copy with another initializer standard deviation}
   *
   * @param std the initializer standard deviation of the copy
   */
  public SnDcgan withInitStd(double std) {
    return new SnDcgan(
        latentDim, filters, channels, kernelSize, leakySlope, std, powerIterations, selfAttention);
  }

  /**
   * {@return a copy with another number of power iterations per step}
   *
   * @param n the number of power iterations per step of the copy
   */
  public SnDcgan withPowerIterations(int n) {
    return new SnDcgan(
        latentDim, filters, channels, kernelSize, leakySlope, initStd, n, selfAttention);
  }

  /**
   * {@return a copy with or without the self-attention blocks}
   *
   * @param on whether G and D get a self-attention block at 14x14
   */
  public SnDcgan withSelfAttention(boolean on) {
    return new SnDcgan(
        latentDim, filters, channels, kernelSize, leakySlope, initStd, powerIterations, on);
  }

  @Override
  public int[] exampleShape() {
    return new int[] {Blocks.SIDE, Blocks.SIDE, channels};
  }

  @Override
  public Map<String, Object> hyperparameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", "sn-dcgan");
    m.put("latentDim", latentDim);
    m.put("filters", filters);
    m.put("channels", channels);
    m.put("kernelSize", kernelSize);
    m.put("leakySlope", leakySlope);
    m.put("initStd", initStd);
    m.put("powerIterations", powerIterations);
    if (selfAttention) {
      // Only when on, so the runs made before the option keep their recorded architecture.
      m.put("selfAttention", true);
    }
    return m;
  }

  @Override
  public GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds) {
    return Blocks.dcganGenerator(
        tf, name, seeds, latentDim, filters, channels, kernelSize, initStd, selfAttention);
  }

  @Override
  public DiscriminatorNet buildDiscriminator(Ops tf, String name, Seeds seeds) {
    return Blocks.spectralNormDiscriminator(
        tf,
        name,
        seeds,
        channels,
        filters,
        kernelSize,
        leakySlope,
        initStd,
        powerIterations,
        selfAttention);
  }
}
