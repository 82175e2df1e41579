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
 * The projection cGAN as its paper builds it (Miyato and Koyama 2018, "cGANs with Projection
 * Discriminator"), on 28x28 DCGAN-shaped networks: spectral normalization on every weight of the
 * discriminator (Miyato et al. 2018) with the projection head D(x, y) = psi(phi(x)) + embed(y) .
 * phi(x), and conditional batch norm in the generator (per-class gain and offset after each hidden
 * layer; de Vries et al. 2017), which is how the label reaches G. {@link ConditionalGan#projection}
 * keeps the head but has neither, which is why its conditional accuracy falls short of AC-GAN's.
 *
 * <p>Generator: z -> dense 7x7x(2f) -> CBN -> ReLU -> deconv 14x14xf -> CBN -> ReLU -> deconv
 * 28x28xC -> tanh. Discriminator: SN conv 14x14xf -> LeakyReLU -> SN conv 7x7x(2f) -> LeakyReLU ->
 * phi(x); SN dense psi and SN embedding. The paper's networks are ResNets for 32x32 to 128x128;
 * this keeps the DCGAN depth of the other 28x28 presets, so it differs from {@code
 * ConditionalGan.projection} only in the two stabilizers.
 *
 * @param numClasses number of classes (10 for Fashion-MNIST)
 * @param latentDim size of z
 * @param filters f, the width of the first discriminator layer and last generator hidden layer
 * @param channels image channels
 * @param kernelSize square (de)convolution kernel
 * @param leakySlope LeakyReLU slope of the discriminator (0.2, as {@code ConditionalGan}'s)
 * @param initStd standard deviation of the normal weight initializer
 * @param powerIterations power iterations per training step for each spectral norm (the paper's 1)
 */
public record SnProjectionGan(
    int numClasses,
    int latentDim,
    int filters,
    int channels,
    int kernelSize,
    double leakySlope,
    double initStd,
    int powerIterations)
    implements GanArchitecture {
  /** {@code latent_dim}, {@code filters} and {@code power_iterations}. */
  public static final List<Hyperparameter<SnProjectionGan>> HYPERPARAMETERS =
      List.of(
          ArchitectureKeys.latentDim(SnProjectionGan::latentDim, SnProjectionGan::withLatentDim),
          ArchitectureKeys.filters(
              "width of the first D / last G hidden layer",
              SnProjectionGan::filters,
              SnProjectionGan::withFilters),
          ArchitectureKeys.powerIterations(
              SnProjectionGan::powerIterations, SnProjectionGan::withPowerIterations));

  /**
   * Validates the hyperparameters.
   *
   * @param numClasses number of classes (10 for Fashion-MNIST)
   * @param latentDim size of z
   * @param filters f, the width of the first discriminator layer and last generator hidden layer
   * @param channels image channels
   * @param kernelSize square (de)convolution kernel
   * @param leakySlope LeakyReLU slope of the discriminator (0.2, as {@code ConditionalGan}'s)
   * @param initStd standard deviation of the normal weight initializer
   * @param powerIterations power iterations per training step for each spectral norm (the paper's
   *     1)
   */
  public SnProjectionGan {
    if (numClasses < 2) {
      throw new IllegalArgumentException("numClasses must be at least 2, got " + numClasses);
    }
    Blocks.checkComponents(latentDim, filters, channels, kernelSize, leakySlope, initStd);
    Checks.positive("powerIterations", powerIterations);
  }

  /**
   * {@return z of 100, f = 64, one channel, 4x4 kernels, LeakyReLU 0.2, N(0, 0.02) (all as {@code
   * ConditionalGan.projection}), one power iteration}
   *
   * @param numClasses the number of classes the labels range over
   */
  public static SnProjectionGan standard(int numClasses) {
    return new SnProjectionGan(numClasses, 100, 64, 1, 4, 0.2, 0.02, 1);
  }

  /**
   * {@return the paper's recipe (section 5): hinge loss, Adam(2e-4, beta1 0, beta2 0.9) for both
   * networks, five D updates per G update, batches of 64 — the same as {@code
   * ConditionalGan.projection(k).training()}}
   */
  public TrainingPreset training() {
    Adam adam = new Adam(2e-4, 0.0, 0.9);
    return new TrainingPreset(
        this,
        new HingeLoss(),
        List.of(),
        OptimizerPair.of(adam),
        5,
        64,
        "Miyato and Koyama 2018 (projection discriminator, spectral norm, conditional BN)");
  }

  /**
   * {@return a copy with another latent size}
   *
   * @param d the latent size of the copy
   */
  public SnProjectionGan withLatentDim(int d) {
    return new SnProjectionGan(
        numClasses, d, filters, channels, kernelSize, leakySlope, initStd, powerIterations);
  }

  /**
   * {@return a copy with another width}
   *
   * @param f the width of the copy
   */
  public SnProjectionGan withFilters(int f) {
    return new SnProjectionGan(
        numClasses, latentDim, f, channels, kernelSize, leakySlope, initStd, powerIterations);
  }

  /**
   * {@return a copy for images with {@code c} channels}
   *
   * @param c the number of image channels of the copy
   */
  public SnProjectionGan withChannels(int c) {
    return new SnProjectionGan(
        numClasses, latentDim, filters, c, kernelSize, leakySlope, initStd, powerIterations);
  }

  /**
   * {@return a copy with another number of power iterations per step}
   *
   * @param n the number of power iterations per step of the copy
   */
  public SnProjectionGan withPowerIterations(int n) {
    return new SnProjectionGan(
        numClasses, latentDim, filters, channels, kernelSize, leakySlope, initStd, n);
  }

  @Override
  public int[] exampleShape() {
    return new int[] {Blocks.SIDE, Blocks.SIDE, channels};
  }

  @Override
  public Map<String, Object> hyperparameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", "sn-projection");
    m.put("numClasses", numClasses);
    m.put("latentDim", latentDim);
    m.put("filters", filters);
    m.put("channels", channels);
    m.put("kernelSize", kernelSize);
    m.put("leakySlope", leakySlope);
    m.put("initStd", initStd);
    m.put("powerIterations", powerIterations);
    return m;
  }

  @Override
  public GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds) {
    return new SnProjectionGenerator(this, tf, name, seeds);
  }

  @Override
  public DiscriminatorNet buildDiscriminator(Ops tf, String name, Seeds seeds) {
    return new SnProjectionDiscriminator(this, tf, name, seeds);
  }
}
