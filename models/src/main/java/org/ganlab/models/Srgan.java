package org.ganlab.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.RandomStreams;
import org.ganlab.core.train.Scores;
import org.ganlab.losses.NonSaturatingLoss;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * SRGAN (Ledig et al. 2017, "Photo-Realistic Single Image Super-Resolution Using a Generative
 * Adversarial Network") for 28x28x1 images from inputs {@code factor} times smaller per side (7x7
 * for 4, 14x14 for 2), trained by the paired translation family ({@link Pix2PixFamily}).
 *
 * <ul>
 *   <li>G ({@link SrResNetGenerator}, the paper's figure 4): conv 9x9 f + PReLU; {@code
 *       residualBlocks} blocks of conv 3x3 f, batch norm, PReLU, conv 3x3 f, batch norm, plus the
 *       block's input; conv 3x3 f and batch norm plus the head's output; per factor of 2 a conv 3x3
 *       4f, depth-to-space by 2 and PReLU; conv 9x9 1 and tanh (images in [-1, 1]).
 *   <li>D ({@link ImageDiscriminator}): judges the output image alone. The paper's D is a VGG-style
 *       stack of strided 3x3 convolutions with batch norm and LeakyReLU 0.2 for 96x96 crops; at
 *       28x28 that is DCGAN's discriminator, reused: conv 4x4 f stride 2, LeakyReLU 0.2, conv 4x4
 *       2f stride 2, batch norm, LeakyReLU 0.2, dense 1; N(0, 0.02) weights.
 * </ul>
 *
 * The objective ({@link #loss}): D is the non-saturating GAN on true images y against G(x); G
 * minimizes {@code contentWeight} times the MSE to y plus, if {@code adversarial}, {@code
 * adversarialWeight} (the paper's 1e-3) times its non-saturating term. {@code adversarial = false}
 * is SRResNet, the paper's MSE-only network. The paper's perceptual variant (MSE in a VGG feature
 * space) is not here: see docs/design.md.
 *
 * @param factor the upscaling factor, 2 or 4 (one sub-pixel stage per factor of 2)
 * @param residualBlocks the residual blocks of G (the paper's 16)
 * @param filters f, the width of G's trunk and of D's first layer (the paper's 64)
 * @param contentWeight the weight of the MSE in G's loss (the paper's 1)
 * @param adversarialWeight the weight of G's adversarial term (the paper's 1e-3)
 * @param adversarial whether G's loss has the adversarial term (false: SRResNet)
 */
public record Srgan(
    int factor,
    int residualBlocks,
    int filters,
    double contentWeight,
    double adversarialWeight,
    boolean adversarial)
    implements PairedArchitecture {
  /**
   * {@code residual_blocks}, {@code filters}, {@code content_weight}, {@code adversarial_weight}
   * and {@code adversarial}; the factor is fixed per experiment.
   */
  public static final List<Hyperparameter<Srgan>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofInt(
              "residual_blocks",
              0,
              64,
              "residual blocks of G at the low resolution (the paper's 16)",
              Srgan::residualBlocks,
              (a, b) -> a.withSize(b, a.filters)),
          ArchitectureKeys.filters(
              "width of G's trunk and D's first layer (the paper's 64)",
              Srgan::filters,
              (a, f) -> a.withSize(a.residualBlocks, f)),
          Hyperparameter.ofDouble(
              "content_weight",
              0,
              1e4,
              "weight of the MSE to the true image in G's loss (the paper's 1)",
              Srgan::contentWeight,
              (a, w) -> a.withWeights(w, a.adversarialWeight)),
          Hyperparameter.ofDouble(
              "adversarial_weight",
              0,
              1e4,
              "weight of G's adversarial term (the paper's 1e-3)",
              Srgan::adversarialWeight,
              (a, w) -> a.withWeights(a.contentWeight, w)),
          Hyperparameter.ofBoolean(
              "adversarial",
              "G's loss has the adversarial term (false: SRResNet, MSE only)",
              Srgan::adversarial,
              Srgan::withAdversarial));

  /** The paper's weight of G's adversarial term. */
  public static final double PAPER_ADVERSARIAL_WEIGHT = 1e-3;

  private static final int SIDE = 28;

  /**
   * Validates the hyperparameters.
   *
   * @param factor the upscaling factor, 2 or 4
   * @param residualBlocks the residual blocks of G, at least 0
   * @param filters f, the width of G's trunk and of D's first layer
   * @param contentWeight the weight of the MSE in G's loss, at least 0
   * @param adversarialWeight the weight of G's adversarial term, at least 0
   * @param adversarial whether G's loss has the adversarial term
   */
  public Srgan {
    if (factor != 2 && factor != 4) {
      throw new IllegalArgumentException(
          "28x28 images super-resolve from 14x14 (factor 2) or 7x7 (factor 4), got factor "
              + factor);
    }
    Checks.nonNegative("residualBlocks", residualBlocks);
    Checks.positive("filters", filters);
    Checks.nonNegative("contentWeight", contentWeight);
    Checks.nonNegative("adversarialWeight", adversarialWeight);
    boolean hasAdversarial = adversarial && adversarialWeight > 0;
    if (contentWeight == 0 && !hasAdversarial) {
      throw new IllegalArgumentException(
          "content_weight = 0 without a weighted adversarial term leaves G nothing to minimize");
    }
  }

  /**
   * {@return the paper's setting for {@code factor}: 16 residual blocks of width 64, MSE weight 1,
   * adversarial weight 1e-3}
   *
   * @param factor the upscaling factor, 2 or 4
   */
  public static Srgan standard(int factor) {
    return new Srgan(factor, 16, 64, 1, PAPER_ADVERSARIAL_WEIGHT, true);
  }

  /**
   * {@return a copy with or without the adversarial term (false: SRResNet)}
   *
   * @param on false for MSE only
   */
  public Srgan withAdversarial(boolean on) {
    return new Srgan(factor, residualBlocks, filters, contentWeight, adversarialWeight, on);
  }

  /**
   * {@return a copy with another depth and width}
   *
   * @param blocks the residual blocks of the copy
   * @param width f of the copy
   */
  public Srgan withSize(int blocks, int width) {
    return new Srgan(factor, blocks, width, contentWeight, adversarialWeight, adversarial);
  }

  /**
   * {@return a copy with other weights of G's two terms}
   *
   * @param content the weight of the MSE in the copy
   * @param adversarialTerm the weight of the adversarial term in the copy
   */
  public Srgan withWeights(double content, double adversarialTerm) {
    return new Srgan(factor, residualBlocks, filters, content, adversarialTerm, adversarial);
  }

  /** {@return {28 / factor, 28 / factor, 1}} */
  @Override
  public int[] inputShape() {
    return new int[] {SIDE / factor, SIDE / factor, 1};
  }

  /** {@return {28, 28, 1}} */
  @Override
  public int[] outputShape() {
    return new int[] {SIDE, SIDE, 1};
  }

  @Override
  public String objective() {
    return adversarial
        ? "content_weight * MSE + adversarial_weight * non-saturating on the output image"
        : "content_weight * MSE (SRResNet)";
  }

  @Override
  public Map<String, Object> hyperparameters() {
    Map<String, Object> m = new TreeMap<>();
    m.put("architecture", "srgan");
    m.put("factor", factor);
    m.put("residualBlocks", residualBlocks);
    m.put("filters", filters);
    m.put("contentWeight", contentWeight);
    m.put("adversarialWeight", adversarialWeight);
    m.put("adversarial", adversarial);
    return m;
  }

  /**
   * Builds G under scope {@code name}. G has no noise: {@code streams} is unused.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of G's variables
   * @param seeds the seeds G's initial weights are derived from
   * @param streams unused
   * @return the residual network from [b, 28 / factor, 28 / factor, 1] to [b, 28, 28, 1]
   */
  @Override
  public SrResNetGenerator buildGenerator(Ops tf, String name, Seeds seeds, RandomStreams streams) {
    return SrResNetGenerator.build(
        Blocks.network(tf, name, seeds), factor, residualBlocks, filters);
  }

  /**
   * Builds D under scope {@code name}: DCGAN's discriminator of single 28x28 images.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of D's variables
   * @param seeds the seeds D's initial weights are derived from
   * @return D, reading the output image alone
   */
  @Override
  public ImageDiscriminator buildDiscriminator(Ops tf, String name, Seeds seeds) {
    return new ImageDiscriminator(
        Blocks.dcganDiscriminator(
            tf, name, seeds, 1, filters, 4, 0.2, 0.02, Normalization.BATCH_NORM, "logit"));
  }

  /**
   * {@return SRGAN's objective} With l_real = D(y) and l_fake = D(G(x)):
   *
   * <pre>
   * L_D = E[softplus(-l_real)] + E[softplus(l_fake)]
   * L_G = contentWeight * mean (y - G(x))^2 + [adversarial] adversarialWeight * E[softplus(-l_fake)]
   * </pre>
   *
   * Generator terms (metrics.csv columns): {@code mse}, the unweighted mean squared error in [-1,
   * 1] pixel units, and {@code adversarial} when G has that term. The scores are D's mean sigmoid
   * on each kind of image.
   *
   * @param tf the ops the loss is built with
   * @param m the model whose outputs the loss reads
   */
  @Override
  public GanLoss loss(Ops tf, Pix2PixModel m) {
    Operand<TFloat32> real = m.realLogits();
    Operand<TFloat32> fake = m.fakeLogits();
    Operand<TFloat32> mse =
        tf.withName("mse")
            .math
            .mean(
                tf.math.squaredDifference(m.target(), m.generated()),
                tf.constant(new int[] {0, 1, 2, 3}));
    Map<String, Operand<TFloat32>> terms = new LinkedHashMap<>();
    terms.put("mse", mse);
    Operand<TFloat32> g = tf.math.mul(tf.constant((float) contentWeight), mse);
    if (adversarial) {
      Operand<TFloat32> adv = NonSaturatingLoss.generatorLoss(tf, fake);
      terms.put("adversarial", adv);
      g = tf.math.add(g, tf.math.mul(tf.constant((float) adversarialWeight), adv));
    }
    return new GanLoss(
        g,
        NonSaturatingLoss.discriminatorLoss(tf, real, fake),
        terms,
        Map.of(),
        Scores.of(tf, Scores.Kind.PROBABILITY, List.of(real), List.of(fake)));
  }
}
