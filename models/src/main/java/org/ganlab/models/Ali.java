package org.ganlab.models;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Dropout;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.core.train.RandomStreams;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * BiGAN / ALI (Donahue et al. 2017, "Adversarial Feature Learning"; Dumoulin et al. 2017,
 * "Adversarially Learned Inference") for 28x28x1 images: generator G (z to x), encoder E (x to z),
 * joint discriminator D(x, z). G is {@link Dcgan}'s generator; E is DCGAN's discriminator body
 * (conv f, conv 2f + batch norm) with a dense head to z (or to ALI's mean and log std); D has the
 * same convolutions without batch norm on x, a dense 8f layer on z, and a joint dense 8f layer (its
 * features) before the logit, each branch and the joint layer followed by dropout whose masks come
 * from the "dropout" stream. LeakyReLU 0.2, 4x4 kernels, N(0, 0.02) weights.
 *
 * @param latentDim size of z
 * @param filters f, the width of the first convolution of E and D and the last of G
 * @param gaussianEncoder ALI's reparametrized Gaussian encoder, else BiGAN's deterministic one
 * @param dropout dropout rate in D (0 = none)
 */
public record Ali(int latentDim, int filters, boolean gaussianEncoder, double dropout) {
  /** {@code latent_dim}, {@code filters}, {@code gaussian_encoder} and {@code dropout}. */
  public static final List<Hyperparameter<Ali>> HYPERPARAMETERS =
      List.of(
          ArchitectureKeys.latentDim(Ali::latentDim, Ali::withLatentDim),
          ArchitectureKeys.filters(
              "width of the first E and D / last G layer", Ali::filters, Ali::withFilters),
          Hyperparameter.ofBoolean(
              "gaussian_encoder",
              "ALI's reparametrized Gaussian encoder (false: BiGAN's deterministic one)",
              Ali::gaussianEncoder,
              Ali::withGaussianEncoder),
          Hyperparameter.ofDouble(
              "dropout",
              0,
              0.9,
              "dropout rate in the discriminator",
              Ali::dropout,
              Ali::withDropout));

  private static final Initializer INIT = Initializer.normal(0.02);

  /**
   * Validates the hyperparameters.
   *
   * @param latentDim size of z
   * @param filters f, the width of the first convolution of E and D and the last of G
   * @param gaussianEncoder ALI's reparametrized Gaussian encoder, else BiGAN's deterministic one
   * @param dropout dropout rate in D (0 = none)
   */
  public Ali {
    Checks.positive("latentDim", latentDim);
    Checks.positive("filters", filters);
    Checks.inUnitInterval("dropout", dropout);
  }

  /** {@return z of 64, f = 64, a deterministic encoder (BiGAN), dropout 0.2 in D (ALI's rate)} */
  public static Ali standard() {
    return new Ali(64, 64, false, 0.2);
  }

  /**
   * {@return a copy with another latent size}
   *
   * @param d the latent size of the copy
   */
  public Ali withLatentDim(int d) {
    return new Ali(d, filters, gaussianEncoder, dropout);
  }

  /**
   * {@return a copy with another width}
   *
   * @param f the width of the copy
   */
  public Ali withFilters(int f) {
    return new Ali(latentDim, f, gaussianEncoder, dropout);
  }

  /**
   * {@return a copy with ALI's Gaussian encoder (true) or BiGAN's deterministic one (false)}
   *
   * @param g true for ALI's Gaussian encoder, false for BiGAN's deterministic one
   */
  public Ali withGaussianEncoder(boolean g) {
    return new Ali(latentDim, filters, g, dropout);
  }

  /**
   * {@return a copy with another dropout rate in D}
   *
   * @param rate the dropout rate of D in the copy, in [0, 1)
   */
  public Ali withDropout(double rate) {
    return new Ali(latentDim, filters, gaussianEncoder, rate);
  }

  /** {@return the shape of one image: {28, 28, 1}} */
  public int[] exampleShape() {
    return new int[] {28, 28, 1};
  }

  /** {@return every hyperparameter, by name, for provenance} */
  public Map<String, Object> hyperparameters() {
    return new TreeMap<>(
        Map.of(
            "architecture",
            "ali",
            "latentDim",
            latentDim,
            "filters",
            filters,
            "gaussianEncoder",
            gaussianEncoder,
            "dropout",
            dropout));
  }

  /**
   * Builds G under scope {@code name}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of G's variables
   * @param seeds the seeds G's initial weights are derived from
   * @return the generator, mapping [b, latentDim] codes to [b, 28, 28, 1] images in [-1, 1]
   */
  public GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds) {
    return Blocks.dcganGenerator(tf, name, seeds, latentDim, filters, 1, 4, 0.02);
  }

  /**
   * Builds E under scope {@code name}; a Gaussian encoder's noise comes from {@code streams}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of E's variables
   * @param seeds the seeds E's initial weights are derived from
   * @param streams the random streams a Gaussian encoder draws its noise from
   * @return the encoder, mapping [b, 28, 28, 1] images to [b, latentDim] codes
   */
  public AliEncoder buildEncoder(Ops tf, String name, Seeds seeds, RandomStreams streams) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    Layer<TFloat32> body =
        new Sequential<>(
            List.of(
                Blocks.features(net, 1, filters, 4, 0.2, INIT, Normalization.BATCH_NORM),
                new Dense<>(
                    net,
                    "code",
                    Blocks.featureDim(filters),
                    gaussianEncoder ? 2 * latentDim : latentDim,
                    INIT)));
    return new AliEncoder(net, body, gaussianEncoder ? streams.seed("encoder_noise") : null);
  }

  /**
   * Builds D under scope {@code name}; its dropout masks come from {@code streams}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of D's variables
   * @param seeds the seeds D's initial weights are derived from
   * @param streams the random streams D's dropout masks come from
   * @return the joint discriminator D(x, z)
   */
  public AliDiscriminator buildDiscriminator(
      Ops tf, String name, Seeds seeds, RandomStreams streams) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    Ops o = net.ops();
    long units = 8L * filters;
    Layer<TFloat32> x = Blocks.features(net, 1, filters, 4, 0.2, INIT, Normalization.NONE);
    Layer<TFloat32> z =
        new Sequential<>(
            List.of(
                new Dense<>(net, "z_dense", latentDim, units, INIT),
                Activations.leakyRelu(o, 0.2)));
    Layer<TFloat32> joint =
        new Sequential<>(
            List.of(
                new Dense<>(net, "joint_dense", Blocks.featureDim(filters) + units, units, INIT),
                Activations.leakyRelu(o, 0.2)));
    return new AliDiscriminator(
        net,
        dropped(o, x, streams, 0),
        dropped(o, z, streams, 1),
        dropped(o, joint, streams, 2),
        new Dense<>(net, "logit", units, 1, INIT));
  }

  /** {@code layer}, then dropout with mask seed (s0, s1 + index) of the "dropout" stream s. */
  private Layer<TFloat32> dropped(Ops o, Layer<TFloat32> layer, RandomStreams s, long index) {
    return dropout == 0
        ? layer
        : new Sequential<>(
            List.of(
                layer,
                new Dropout<>(
                    o, dropout, o.math.add(s.seed("dropout"), o.constant(new long[] {0, index})))));
  }
}
