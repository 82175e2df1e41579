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
import org.ganlab.losses.GradientPenalty;
import org.ganlab.losses.WassersteinLoss;
import org.tensorflow.op.Ops;

/**
 * WGAN-GP (Gulrajani et al. 2017, "Improved Training of Wasserstein GANs") with a DCGAN-shaped
 * generator and critic for 28x28 images.
 *
 * <p>Generator: DCGAN's (z -> dense 7x7x(2f) -> BN -> ReLU -> deconv 14x14xf -> BN -> ReLU ->
 * deconv 28x28xC -> tanh); the paper keeps batch norm in the generator. Critic: conv 14x14xf ->
 * LeakyReLU -> conv 7x7x(2f) -> layer norm (or none) -> LeakyReLU -> dense 1, an unbounded critic
 * value. No batch norm in the critic: the gradient penalty constrains each example's gradient, and
 * batch norm would make each output depend on the other examples (section 4 of the paper, which
 * recommends layer norm). The defaults (z of 128, f = 64, 5x5 kernels) follow the authors' {@code
 * gan_mnist.py}.
 *
 * @param latentDim size of z
 * @param filters f, the width of the first critic layer and last generator hidden layer
 * @param channels image channels
 * @param kernelSize square (de)convolution kernel
 * @param leakySlope LeakyReLU slope of the critic
 * @param initStd standard deviation of the normal weight initializer
 * @param criticNorm the critic's normalization: {@link Normalization#LAYER_NORM} or {@link
 *     Normalization#NONE} (batch norm is rejected)
 */
public record WganGp(
    int latentDim,
    int filters,
    int channels,
    int kernelSize,
    double leakySlope,
    double initStd,
    Normalization criticNorm)
    implements GanArchitecture {
  /** {@code latent_dim} and {@code filters}. */
  public static final List<Hyperparameter<WganGp>> HYPERPARAMETERS =
      List.of(
          ArchitectureKeys.latentDim(WganGp::latentDim, WganGp::withLatentDim),
          ArchitectureKeys.filters(
              "width of the first critic layer", WganGp::filters, WganGp::withFilters));

  /**
   * Validates the hyperparameters.
   *
   * @param latentDim size of z
   * @param filters f, the width of the first critic layer and last generator hidden layer
   * @param channels image channels
   * @param kernelSize square (de)convolution kernel
   * @param leakySlope LeakyReLU slope of the critic
   * @param initStd standard deviation of the normal weight initializer
   * @param criticNorm the critic's normalization: {@link Normalization#LAYER_NORM} or {@link
   *     Normalization#NONE} (batch norm is rejected)
   */
  public WganGp {
    Blocks.checkComponents(latentDim, filters, channels, kernelSize, leakySlope, initStd);
    Checks.required("criticNorm", criticNorm);
    if (criticNorm == Normalization.BATCH_NORM) {
      throw new IllegalArgumentException(
          "a WGAN-GP critic must not use batch norm (the gradient"
              + " penalty is per example); use LAYER_NORM or NONE");
    }
  }

  /**
   * {@return z of 128, f = 64, one channel, 5x5 kernels, LeakyReLU 0.2, N(0, 0.02) weights, layer
   * norm}
   */
  public static WganGp standard() {
    return new WganGp(128, 64, 1, 5, 0.2, 0.02, Normalization.LAYER_NORM);
  }

  /**
   * {@return the paper's recipe (algorithm 1): Wasserstein loss, two-sided gradient penalty with
   * lambda 10, n_critic 5, Adam(1e-4, beta1 0, beta2 0.9) for both networks, batches of 64}
   */
  public TrainingPreset training() {
    Adam adam = new Adam(1e-4, 0.0, 0.9);
    return new TrainingPreset(
        this,
        new WassersteinLoss(),
        List.of(new GradientPenalty(10)),
        OptimizerPair.of(adam),
        5,
        64,
        "Gulrajani et al. 2017 (WGAN-GP), algorithm 1");
  }

  /**
   * {@return a copy with another latent size}
   *
   * @param d the latent size of the copy
   */
  public WganGp withLatentDim(int d) {
    return new WganGp(d, filters, channels, kernelSize, leakySlope, initStd, criticNorm);
  }

  /**
   * {@return a copy with another width}
   *
   * @param f the width of the copy
   */
  public WganGp withFilters(int f) {
    return new WganGp(latentDim, f, channels, kernelSize, leakySlope, initStd, criticNorm);
  }

  /**
   * {@return a copy for images with {@code c} channels}
   *
   * @param c the number of image channels of the copy
   */
  public WganGp withChannels(int c) {
    return new WganGp(latentDim, filters, c, kernelSize, leakySlope, initStd, criticNorm);
  }

  /**
   * {@return a copy with another kernel size}
   *
   * @param k the kernel size of the copy
   */
  public WganGp withKernelSize(int k) {
    return new WganGp(latentDim, filters, channels, k, leakySlope, initStd, criticNorm);
  }

  /**
   * {@return a copy with another LeakyReLU slope}
   *
   * @param s the LeakyReLU slope of the copy
   */
  public WganGp withLeakySlope(double s) {
    return new WganGp(latentDim, filters, channels, kernelSize, s, initStd, criticNorm);
  }

  /**
   * {@return a copy with another initializer standard deviation}
   *
   * @param std the initializer standard deviation of the copy
   */
  public WganGp withInitStd(double std) {
    return new WganGp(latentDim, filters, channels, kernelSize, leakySlope, std, criticNorm);
  }

  /**
   * {@return a copy with another critic normalization}
   *
   * @param n the critic normalization of the copy
   */
  public WganGp withCriticNorm(Normalization n) {
    return new WganGp(latentDim, filters, channels, kernelSize, leakySlope, initStd, n);
  }

  @Override
  public int[] exampleShape() {
    return new int[] {Blocks.SIDE, Blocks.SIDE, channels};
  }

  @Override
  public Map<String, Object> hyperparameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", "wgan-gp");
    m.put("latentDim", latentDim);
    m.put("filters", filters);
    m.put("channels", channels);
    m.put("kernelSize", kernelSize);
    m.put("leakySlope", leakySlope);
    m.put("initStd", initStd);
    m.put("criticNorm", criticNorm.name());
    return m;
  }

  @Override
  public GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds) {
    return Blocks.dcganGenerator(
        tf, name, seeds, latentDim, filters, channels, kernelSize, initStd);
  }

  @Override
  public DiscriminatorNet buildDiscriminator(Ops tf, String name, Seeds seeds) {
    return Blocks.dcganDiscriminator(
        tf, name, seeds, channels, filters, kernelSize, leakySlope, initStd, criticNorm, "critic");
  }
}
