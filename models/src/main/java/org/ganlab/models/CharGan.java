package org.ganlab.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.data.text.WordList;
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
 * The character-level WGAN-GP language model of Gulrajani et al. 2017 ("Improved Training of
 * Wasserstein GANs", section 5.5 and the authors' {@code gan_language.py}), for words.
 *
 * <p>Generator: z -> dense length*f -> [length, f] -> residual blocks -> 1x1 conv -> softmax over
 * the alphabet at every position, example shape {@code [length, symbols]}. The output is the
 * softmax itself, not a sample: the critic compares it with one-hot real words, and the gradient of
 * its score reaches the generator through the softmax (the paper's point: no sampling, no policy
 * gradient). Critic: 1x1 conv from the alphabet to f -> the same residual blocks -> dense 1. A
 * residual block is x + 0.3 * conv(ReLU(conv(ReLU(x)))) with width-f kernels of size 5; no
 * normalization anywhere (the authors use none; the critic must not use batch statistics). Decode
 * the output with the arg max at every position, cut at the end symbol.
 *
 * <p>The paper used f = 512, 5 blocks, sequences of 32 characters of the Billion Word corpus;
 * {@link #standard()} shrinks the width for 2 CPU cores and uses 10-character words.
 *
 * @param length characters per sequence (the word list's maximum length)
 * @param symbols alphabet size including the end symbol (27 for a-z)
 * @param latentDim size of z
 * @param filters f, the width of every residual block
 * @param residualBlocks residual blocks in each network
 * @param kernelSize width of the blocks' 1-D kernels
 * @param residualScale factor of the residual branch (0.3 in the authors' code)
 */
public record CharGan(
    int length,
    int symbols,
    int latentDim,
    int filters,
    int residualBlocks,
    int kernelSize,
    double residualScale)
    implements GanArchitecture {
  /** {@code latent_dim}, {@code filters} and {@code residual_blocks}. */
  public static final List<Hyperparameter<CharGan>> HYPERPARAMETERS =
      List.of(
          ArchitectureKeys.latentDim(CharGan::latentDim, CharGan::withLatentDim),
          ArchitectureKeys.filters(
              "width of every residual block", CharGan::filters, CharGan::withFilters),
          Hyperparameter.ofInt(
              "residual_blocks",
              1,
              32,
              "residual blocks in the generator and in the critic",
              CharGan::residualBlocks,
              CharGan::withResidualBlocks));

  /**
   * Validates the hyperparameters.
   *
   * @param length characters per sequence (the word list's maximum length)
   * @param symbols alphabet size including the end symbol (27 for a-z)
   * @param latentDim size of z
   * @param filters f, the width of every residual block
   * @param residualBlocks residual blocks in each network
   * @param kernelSize width of the blocks' 1-D kernels
   * @param residualScale factor of the residual branch (0.3 in the authors' code)
   */
  public CharGan {
    Checks.positive("length", length);
    if (symbols < 2) {
      throw new IllegalArgumentException(
          "symbols must be at least 2 (one letter and the end symbol), got " + symbols);
    }
    Checks.positive("latentDim", latentDim);
    Checks.positive("filters", filters);
    Checks.positive("residualBlocks", residualBlocks);
    Checks.positive("kernelSize", kernelSize);
    Checks.positive("residualScale", residualScale);
  }

  /**
   * {@return words of up to 10 letters a-z (27 symbols), z of 128, f = 64, 5 residual blocks,
   * kernels of 5, residual scale 0.3}
   */
  public static CharGan standard() {
    return new CharGan(WordList.EMBEDDED_MAX_LENGTH, 27, 128, 64, 5, 5, 0.3);
  }

  /**
   * {@return the recipe of the authors' language model: Wasserstein loss, two-sided gradient
   * penalty with lambda 10, n_critic 10, Adam(1e-4, beta1 0.5, beta2 0.9) for both networks,
   * batches of 64}
   */
  public TrainingPreset training() {
    Adam adam = new Adam(1e-4, 0.5, 0.9);
    return new TrainingPreset(
        this,
        new WassersteinLoss(),
        List.of(new GradientPenalty(10)),
        OptimizerPair.of(adam),
        10,
        64,
        "Gulrajani et al. 2017 (WGAN-GP), section 5.5, gan_language.py");
  }

  /**
   * {@return a copy for the sequences of {@code words}: its maximum length and alphabet}
   *
   * @param words the word list whose longest word sets the sequence length and whose alphabet sets
   *     the symbols
   */
  public CharGan forWords(WordList words) {
    return new CharGan(
        words.maxLength(),
        words.alphabet().size(),
        latentDim,
        filters,
        residualBlocks,
        kernelSize,
        residualScale);
  }

  /**
   * {@return a copy with another latent size}
   *
   * @param d the latent size of the copy
   */
  public CharGan withLatentDim(int d) {
    return new CharGan(length, symbols, d, filters, residualBlocks, kernelSize, residualScale);
  }

  /**
   * {@return a copy with another block width}
   *
   * @param f the block width of the copy
   */
  public CharGan withFilters(int f) {
    return new CharGan(length, symbols, latentDim, f, residualBlocks, kernelSize, residualScale);
  }

  /**
   * {@return a copy with another number of residual blocks}
   *
   * @param n the number of residual blocks of the copy
   */
  public CharGan withResidualBlocks(int n) {
    return new CharGan(length, symbols, latentDim, filters, n, kernelSize, residualScale);
  }

  /**
   * {@return a copy with another kernel width}
   *
   * @param k the kernel width of the copy
   */
  public CharGan withKernelSize(int k) {
    return new CharGan(length, symbols, latentDim, filters, residualBlocks, k, residualScale);
  }

  /**
   * {@return a copy with another residual scale}
   *
   * @param s the residual scale of the copy
   */
  public CharGan withResidualScale(double s) {
    return new CharGan(length, symbols, latentDim, filters, residualBlocks, kernelSize, s);
  }

  @Override
  public int[] exampleShape() {
    return new int[] {length, symbols};
  }

  @Override
  public Map<String, Object> hyperparameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", "char-gan");
    m.put("length", length);
    m.put("symbols", symbols);
    m.put("latentDim", latentDim);
    m.put("filters", filters);
    m.put("residualBlocks", residualBlocks);
    m.put("kernelSize", kernelSize);
    m.put("residualScale", residualScale);
    return m;
  }

  @Override
  public GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds) {
    return CharGanNetworks.generator(tf, name, seeds, this);
  }

  @Override
  public DiscriminatorNet buildDiscriminator(Ops tf, String name, Seeds seeds) {
    return CharGanNetworks.critic(tf, name, seeds, this);
  }
}
