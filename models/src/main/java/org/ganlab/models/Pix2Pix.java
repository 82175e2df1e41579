package org.ganlab.models;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.BatchNorm;
import org.ganlab.core.nn.Conv2d;
import org.ganlab.core.nn.Dropout;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.RandomStreams;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * pix2pix (Isola et al. 2017, "Image-to-Image Translation with Conditional Adversarial Networks")
 * for 28x28x1 inputs and outputs: a U-Net generator G(x) and a PatchGAN discriminator D(x, y) of
 * the channel-concatenated pair, with 4x4 kernels and N(0, 0.02) weights, as the paper's.
 *
 * <ul>
 *   <li>G ({@link UNetGenerator}): encoder conv f stride 2 (14x14, no norm) and conv 2f stride 2
 *       (7x7, batch norm), LeakyReLU 0.2; a 7x7 bottleneck conv 2f (batch norm, ReLU, dropout);
 *       decoder deconv f to 14x14 from the bottleneck concatenated with the 7x7 encoder layer
 *       (batch norm, ReLU, dropout), then deconv 1 to 28x28 from that concatenated with the 14x14
 *       encoder layer, tanh. Dropout is G's only noise, the paper's (no z); its masks come from the
 *       "dropout" stream, and it is off in inference.
 *   <li>D ({@link PatchDiscriminator}): conv f stride 2 (14x14, LeakyReLU), conv 2f stride 1 (batch
 *       norm, LeakyReLU), conv 1 stride 1: a 14x14 map of logits, each judging a 16x16 patch.
 * </ul>
 *
 * The objective ({@link Pix2PixFamily#loss}): D is the non-saturating GAN on real pairs (x, y)
 * against fake pairs (x, G(x)); G minimizes its adversarial term (if {@code adversarial}) plus
 * {@code l1Lambda} times mean |y - G(x)|. The paper's ablation rows are L1 only ({@code adversarial
 * = false}), cGAN only ({@code l1Lambda = 0}) and L1 + cGAN (the default).
 *
 * @param filters f, the width of the first convolution of G and D
 * @param l1Lambda the weight of the L1 term in G's loss (the paper's 100)
 * @param adversarial whether G's loss has the conditional adversarial term
 * @param dropout G's dropout rate in the bottleneck and first decoder layer (the paper's 0.5)
 */
public record Pix2Pix(int filters, double l1Lambda, boolean adversarial, double dropout)
    implements PairedArchitecture {
  /** {@code filters}, {@code l1_lambda}, {@code adversarial} and {@code dropout}. */
  public static final List<Hyperparameter<Pix2Pix>> HYPERPARAMETERS =
      List.of(
          ArchitectureKeys.filters(
              "width of the first G and D layer", Pix2Pix::filters, Pix2Pix::withFilters),
          Hyperparameter.ofDouble(
              "l1_lambda",
              0,
              1e4,
              "weight of mean |y - G(x)| in G's loss (0: cGAN only)",
              Pix2Pix::l1Lambda,
              Pix2Pix::withL1Lambda),
          Hyperparameter.ofBoolean(
              "adversarial",
              "G's loss has the conditional adversarial term (false: L1 only)",
              Pix2Pix::adversarial,
              Pix2Pix::withAdversarial),
          Hyperparameter.ofDouble(
              "dropout",
              0,
              0.9,
              "dropout rate in G's bottleneck and first decoder layer, its noise",
              Pix2Pix::dropout,
              Pix2Pix::withDropout));

  /** The paper's weight of the L1 term. */
  public static final double PAPER_L1_LAMBDA = 100;

  private static final Initializer INIT = Initializer.normal(0.02);

  /**
   * Validates the hyperparameters.
   *
   * @param filters f, the width of the first convolution of G and D
   * @param l1Lambda the weight of the L1 term in G's loss (the paper's 100)
   * @param adversarial whether G's loss has the conditional adversarial term
   * @param dropout G's dropout rate in the bottleneck and first decoder layer (the paper's 0.5)
   */
  public Pix2Pix {
    Checks.positive("filters", filters);
    Checks.nonNegative("l1Lambda", l1Lambda);
    if (l1Lambda == 0 && !adversarial) {
      throw new IllegalArgumentException(
          "l1_lambda = 0 without the adversarial term leaves G nothing to minimize");
    }
    Checks.inUnitInterval("dropout", dropout);
  }

  /** {@return the paper's setting: f = 64, L1 weight 100 plus the cGAN term, dropout 0.5} */
  public static Pix2Pix standard() {
    return new Pix2Pix(64, PAPER_L1_LAMBDA, true, 0.5);
  }

  /**
   * {@return a copy with another width}
   *
   * @param f the width of the copy
   */
  public Pix2Pix withFilters(int f) {
    return new Pix2Pix(f, l1Lambda, adversarial, dropout);
  }

  /**
   * {@return a copy with another L1 weight}
   *
   * @param lambda the L1 weight of the copy, 0 for cGAN only
   */
  public Pix2Pix withL1Lambda(double lambda) {
    return new Pix2Pix(filters, lambda, adversarial, dropout);
  }

  /**
   * {@return a copy with or without the adversarial term in G's loss}
   *
   * @param on false for L1 only
   */
  public Pix2Pix withAdversarial(boolean on) {
    return new Pix2Pix(filters, l1Lambda, on, dropout);
  }

  /**
   * {@return a copy with another dropout rate in G}
   *
   * @param rate the dropout rate of the copy, in [0, 1)
   */
  public Pix2Pix withDropout(double rate) {
    return new Pix2Pix(filters, l1Lambda, adversarial, rate);
  }

  /** {@return the shape of one input image (the edge map): {28, 28, 1}} */
  @Override
  public int[] inputShape() {
    return new int[] {28, 28, 1};
  }

  /** {@return the shape of one output image: {28, 28, 1}} */
  @Override
  public int[] outputShape() {
    return new int[] {28, 28, 1};
  }

  /** {@return {@link Pix2PixFamily#loss}: non-saturating on pairs plus L1} */
  @Override
  public GanLoss loss(Ops tf, Pix2PixModel m) {
    return Pix2PixFamily.loss(tf, m, this);
  }

  @Override
  public String objective() {
    return adversarial
        ? "non-saturating on (input, output) pairs + l1_lambda * L1"
        : "l1_lambda * L1";
  }

  @Override
  public Map<String, Object> hyperparameters() {
    return new TreeMap<>(
        Map.of(
            "architecture",
            "pix2pix",
            "filters",
            filters,
            "l1Lambda",
            l1Lambda,
            "adversarial",
            adversarial,
            "dropout",
            dropout));
  }

  /**
   * Builds G under scope {@code name}; its dropout masks come from {@code streams}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of G's variables
   * @param seeds the seeds G's initial weights are derived from
   * @param streams the random streams G's dropout masks come from ("dropout")
   * @return the U-Net, mapping [b, 28, 28, 1] inputs to [b, 28, 28, 1] images in [-1, 1]
   */
  @Override
  public UNetGenerator buildGenerator(Ops tf, String name, Seeds seeds, RandomStreams streams) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    Ops o = net.ops();
    return UNetGenerator.build(
        net,
        1,
        1,
        filters,
        Normalization.BATCH_NORM,
        INIT,
        dropout(o, streams, 0),
        dropout(o, streams, 1));
  }

  /**
   * Builds D under scope {@code name}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of D's variables
   * @param seeds the seeds D's initial weights are derived from
   * @return the PatchGAN discriminator of (input, output) pairs
   */
  @Override
  public PatchDiscriminator buildDiscriminator(Ops tf, String name, Seeds seeds) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    Ops o = net.ops();
    long f = filters;
    Layer<TFloat32> body =
        new Sequential<>(
            List.of(
                new Conv2d<>(net, "conv1", 2, f, 4, 2, INIT, true),
                Activations.leakyRelu(o, 0.2),
                new Conv2d<>(net, "conv2", f, 2 * f, 4, 1, INIT, false),
                new BatchNorm<>(net, "conv2_bn", 2 * f),
                Activations.leakyRelu(o, 0.2),
                new Conv2d<>(net, "patch_logits", 2 * f, 1, 4, 1, INIT, true)));
    return new PatchDiscriminator(net, body);
  }

  /** Dropout with mask seed (s0, s1 + index) of the "dropout" stream s, or none at rate 0. */
  private Layer<TFloat32> dropout(Ops o, RandomStreams s, long index) {
    return dropout == 0
        ? Layer.<TFloat32>identity()
        : new Dropout<>(
            o, dropout, o.math.add(s.seed("dropout"), o.constant(new long[] {0, index})));
  }
}
