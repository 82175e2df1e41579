package org.ganlab.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Reshape;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.losses.NonSaturatingLoss;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Fully connected generator and discriminator for low-dimensional data such as the 2D ring of 8 and
 * grid of 25 Gaussians of the mode-collapse literature (Metz et al. 2017, "Unrolled Generative
 * Adversarial Networks"; Srivastava et al. 2017, "VEEGAN"; Lin et al. 2018, "PacGAN").
 *
 * <p>Generator: z -> [dense h -> ReLU] x generatorLayers -> dense dataDim (linear: the data is
 * unbounded). Discriminator: x -> [dense h -> LeakyReLU] x discriminatorLayers -> dense 1 (a
 * logit). No normalization, Glorot-uniform weights. Those papers use two to four hidden layers of
 * 128 to 400 units; the default here (four hidden layers of 256 in each network, 2D latent) sits in
 * that range. LeakyReLU in the discriminator stands in for PacGAN's maxout units, which core does
 * not provide; it keeps gradients alive for points far from the data, which the toy mixtures
 * produce early in training.
 *
 * <p>Packing (Lin et al. 2018, "PacGAN"): with {@code packing} m > 1 the discriminator scores
 * groups of m examples concatenated into one input of m * dataDim, so a batch of b examples gives b
 * / m logits (b must be a multiple of m). Consecutive examples of a batch form a group; batches are
 * i.i.d. draws, so each group is m independent samples as the paper requires. A group of collapsed
 * samples is easy to tell from m real ones, which penalizes mode collapse.
 *
 * @param latentDim size of z
 * @param dataDim size of one example (2 for the mixtures)
 * @param hiddenUnits width h of every hidden layer
 * @param generatorLayers hidden layers of the generator
 * @param discriminatorLayers hidden layers of the discriminator
 * @param leakySlope LeakyReLU slope of the discriminator
 * @param packing examples per discriminator input (1 = an ordinary discriminator)
 */
public record MlpGan(
    int latentDim,
    int dataDim,
    int hiddenUnits,
    int generatorLayers,
    int discriminatorLayers,
    double leakySlope,
    int packing)
    implements GanArchitecture {
  /** {@code hidden_units} and {@code packing}. */
  public static final List<Hyperparameter<MlpGan>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofInt(
              "hidden_units",
              1,
              4096,
              "units per hidden layer of G and D",
              MlpGan::hiddenUnits,
              MlpGan::withHiddenUnits),
          Hyperparameter.ofInt(
              "packing",
              1,
              64,
              "points per discriminator input (PacGAN); batch_size must be a multiple",
              MlpGan::packing,
              MlpGan::withPacking));

  /**
   * Validates the hyperparameters.
   *
   * @param latentDim size of z
   * @param dataDim size of one example (2 for the mixtures)
   * @param hiddenUnits width h of every hidden layer
   * @param generatorLayers hidden layers of the generator
   * @param discriminatorLayers hidden layers of the discriminator
   * @param leakySlope LeakyReLU slope of the discriminator
   * @param packing examples per discriminator input (1 = an ordinary discriminator)
   */
  public MlpGan {
    Checks.positive("latentDim", latentDim);
    Checks.positive("dataDim", dataDim);
    Checks.positive("hiddenUnits", hiddenUnits);
    Checks.positive("generatorLayers", generatorLayers);
    Checks.positive("discriminatorLayers", discriminatorLayers);
    Checks.inUnitInterval("leakySlope", leakySlope);
    Checks.positive("packing", packing);
  }

  /**
   * {@return 2D latent, 2D data, four hidden layers of 256 in both networks, LeakyReLU slope 0.2}
   */
  public static MlpGan standard() {
    return new MlpGan(2, 2, 256, 4, 4, 0.2, 1);
  }

  /**
   * {@return the recipe: non-saturating loss, Adam(1e-4, beta1 0.5) for both networks, one D update
   * per G update, batches of 256 — the small learning rate and large batches of the 2D experiments
   * in the Unrolled GAN and PacGAN papers}
   */
  public TrainingPreset training() {
    Adam adam = new Adam(1e-4, 0.5, 0.999);
    return new TrainingPreset(
        this,
        new NonSaturatingLoss(),
        List.of(),
        OptimizerPair.of(adam),
        1,
        256,
        "Metz et al. 2017 (Unrolled GAN); Lin et al. 2018 (PacGAN), 2D mixtures");
  }

  /**
   * {@return a copy with another latent size}
   *
   * @param d the latent size of the copy
   */
  public MlpGan withLatentDim(int d) {
    return new MlpGan(
        d, dataDim, hiddenUnits, generatorLayers, discriminatorLayers, leakySlope, packing);
  }

  /**
   * {@return a copy for examples of another size}
   *
   * @param d the length of one example of the copy (2 for points in the plane)
   */
  public MlpGan withDataDim(int d) {
    return new MlpGan(
        latentDim, d, hiddenUnits, generatorLayers, discriminatorLayers, leakySlope, packing);
  }

  /**
   * {@return a copy with another hidden width}
   *
   * @param h the hidden width of the copy
   */
  public MlpGan withHiddenUnits(int h) {
    return new MlpGan(
        latentDim, dataDim, h, generatorLayers, discriminatorLayers, leakySlope, packing);
  }

  /**
   * {@return a copy with another generator depth}
   *
   * @param n the generator depth of the copy
   */
  public MlpGan withGeneratorLayers(int n) {
    return new MlpGan(latentDim, dataDim, hiddenUnits, n, discriminatorLayers, leakySlope, packing);
  }

  /**
   * {@return a copy with another discriminator depth}
   *
   * @param n the discriminator depth of the copy
   */
  public MlpGan withDiscriminatorLayers(int n) {
    return new MlpGan(latentDim, dataDim, hiddenUnits, generatorLayers, n, leakySlope, packing);
  }

  /**
   * {@return a copy with another LeakyReLU slope}
   *
   * @param s the LeakyReLU slope of the copy
   */
  public MlpGan withLeakySlope(double s) {
    return new MlpGan(
        latentDim, dataDim, hiddenUnits, generatorLayers, discriminatorLayers, s, packing);
  }

  /**
   * {@return a copy whose discriminator scores groups of {@code m} examples (PacGAN)}
   *
   * @param m how many examples D scores together (1: no packing)
   */
  public MlpGan withPacking(int m) {
    return new MlpGan(
        latentDim, dataDim, hiddenUnits, generatorLayers, discriminatorLayers, leakySlope, m);
  }

  @Override
  public int[] exampleShape() {
    return new int[] {dataDim};
  }

  @Override
  public Map<String, Object> hyperparameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", "mlp");
    m.put("latentDim", latentDim);
    m.put("dataDim", dataDim);
    m.put("hiddenUnits", hiddenUnits);
    m.put("generatorLayers", generatorLayers);
    m.put("discriminatorLayers", discriminatorLayers);
    m.put("leakySlope", leakySlope);
    m.put("packing", packing);
    return m;
  }

  @Override
  public GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    List<Layer<TFloat32>> layers = new ArrayList<>();
    long in = latentDim;
    for (int i = 0; i < generatorLayers; i++) {
      layers.add(
          new Dense<>(net, "hidden" + (i + 1), in, hiddenUnits, Initializer.glorotUniform()));
      layers.add(Activations.relu(net.ops()));
      in = hiddenUnits;
    }
    layers.add(new Dense<>(net, "output", in, dataDim, Initializer.glorotUniform()));
    return new SequentialGenerator(net, new Sequential<>(layers), latentDim);
  }

  @Override
  public DiscriminatorNet buildDiscriminator(Ops tf, String name, Seeds seeds) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    List<Layer<TFloat32>> layers = new ArrayList<>();
    long in = (long) dataDim * packing;
    if (packing > 1) {
      layers.add(new Reshape<>(net.ops(), in));
    }
    for (int i = 0; i < discriminatorLayers; i++) {
      layers.add(
          new Dense<>(net, "hidden" + (i + 1), in, hiddenUnits, Initializer.glorotUniform()));
      layers.add(Activations.leakyRelu(net.ops(), leakySlope));
      in = hiddenUnits;
    }
    layers.add(new Dense<>(net, "logit", in, 1, Initializer.glorotUniform()));
    return new SequentialDiscriminator(net, new Sequential<>(layers));
  }
}
