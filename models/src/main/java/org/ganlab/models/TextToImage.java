package org.ganlab.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Conv2d;
import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Reshape;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.seed.Seeds;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * GAN-INT-CLS (Reed et al. 2016, "Generative Adversarial Text to Image Synthesis") for 28x28x1
 * captioned images: a {@link CaptionEncoder} (word embeddings, a 1-D convolution, the mean over
 * words), a {@link CaptionGenerator} G(z, text) and a matching-aware {@link CaptionDiscriminator}
 * D(x, text), DCGAN-shaped (4x4 kernels, N(0, 0.02) weights, batch norm in G and in D's second
 * convolution). The objective is {@link TextToImageFamily#loss}: real images with mismatched
 * captions are a third pair type for D (CLS), and G is also trained on the halfway mixture of two
 * captions' embeddings (INT), weighted by {@code interpolationWeight} (0: GAN-CLS alone).
 *
 * @param latentDim size of z
 * @param filters f, the width of D's first and G's last convolution
 * @param embeddingDim width of a word embedding
 * @param captionDim width of the caption embedding
 * @param projectionDim width of the compressed caption inside G and D
 * @param interpolationWeight weight of G's loss on interpolated captions
 */
public record TextToImage(
    int latentDim,
    int filters,
    int embeddingDim,
    int captionDim,
    int projectionDim,
    double interpolationWeight) {
  /** The architecture's keys, each declared once. */
  public static final List<Hyperparameter<TextToImage>> HYPERPARAMETERS =
      List.of(
          ArchitectureKeys.latentDim(TextToImage::latentDim, (a, v) -> a.with(v, a.filters)),
          ArchitectureKeys.filters(
              "width of the first D / last G layer",
              TextToImage::filters,
              (a, v) -> a.with(a.latentDim, v)),
          Hyperparameter.ofInt(
              "embedding_dim",
              1,
              1024,
              "width of a word embedding",
              TextToImage::embeddingDim,
              (a, v) ->
                  new TextToImage(
                      a.latentDim,
                      a.filters,
                      v,
                      a.captionDim,
                      a.projectionDim,
                      a.interpolationWeight)),
          Hyperparameter.ofInt(
              "caption_dim",
              1,
              1024,
              "width of the caption embedding",
              TextToImage::captionDim,
              (a, v) ->
                  new TextToImage(
                      a.latentDim,
                      a.filters,
                      a.embeddingDim,
                      v,
                      a.projectionDim,
                      a.interpolationWeight)),
          Hyperparameter.ofInt(
              "projection_dim",
              1,
              1024,
              "width of the compressed caption in G and D",
              TextToImage::projectionDim,
              (a, v) ->
                  new TextToImage(
                      a.latentDim,
                      a.filters,
                      a.embeddingDim,
                      a.captionDim,
                      v,
                      a.interpolationWeight)),
          Hyperparameter.ofDouble(
              "interpolation_weight",
              0,
              10,
              "weight of G's loss on halfway-interpolated captions (GAN-INT; 0: GAN-CLS only)",
              TextToImage::interpolationWeight,
              (a, v) ->
                  new TextToImage(
                      a.latentDim, a.filters, a.embeddingDim, a.captionDim, a.projectionDim, v)));

  /** The mixing factor of interpolated captions: beta e(t1) + (1 - beta) e(t2), the paper's 0.5. */
  public static final double BETA = 0.5;

  private static final Initializer INIT = Initializer.normal(0.02);

  /**
   * Validates the hyperparameters.
   *
   * @param latentDim size of z
   * @param filters f, the width of D's first and G's last convolution
   * @param embeddingDim width of a word embedding
   * @param captionDim width of the caption embedding
   * @param projectionDim width of the compressed caption inside G and D
   * @param interpolationWeight weight of G's loss on interpolated captions
   */
  public TextToImage {
    Checks.positive("latentDim", latentDim);
    Checks.positive("filters", filters);
    Checks.positive("embeddingDim", embeddingDim);
    Checks.positive("captionDim", captionDim);
    Checks.positive("projectionDim", projectionDim);
    Checks.nonNegative("interpolationWeight", interpolationWeight);
  }

  /** {@return z of 64, f = 64, 32-wide words, 128-wide captions compressed to 64, INT weight 1} */
  public static TextToImage standard() {
    return new TextToImage(64, 64, 32, 128, 64, 1.0);
  }

  private TextToImage with(int latent, int f) {
    return new TextToImage(latent, f, embeddingDim, captionDim, projectionDim, interpolationWeight);
  }

  /** {@return every hyperparameter, by name, for provenance} */
  public Map<String, Object> hyperparameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", "gan-int-cls");
    m.put("latentDim", latentDim);
    m.put("filters", filters);
    m.put("embeddingDim", embeddingDim);
    m.put("captionDim", captionDim);
    m.put("projectionDim", projectionDim);
    m.put("interpolationWeight", interpolationWeight);
    m.put("beta", BETA);
    return m;
  }

  /**
   * Builds the text encoder under scope {@code name}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope of its variables
   * @param seeds the seeds its initial weights come from
   * @return the encoder
   */
  public CaptionEncoder buildEncoder(Ops tf, String name, Seeds seeds) {
    return CaptionEncoder.build(Blocks.network(tf, name, seeds), embeddingDim, captionDim, INIT);
  }

  /**
   * Builds G under scope {@code name}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope of its variables
   * @param seeds the seeds its initial weights come from
   * @return the generator
   */
  public CaptionGenerator buildGenerator(Ops tf, String name, Seeds seeds) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    return new CaptionGenerator(
        net,
        projection(net),
        Blocks.generator(net, latentDim + projectionDim, filters, 1, 4, INIT),
        latentDim);
  }

  /**
   * Builds D under scope {@code name}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope of its variables
   * @param seeds the seeds its initial weights come from
   * @return the matching-aware discriminator
   */
  public CaptionDiscriminator buildDiscriminator(Ops tf, String name, Seeds seeds) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    Ops o = net.ops();
    long f2 = 2L * filters;
    Layer<TFloat32> image =
        new Sequential<>(
            List.of(
                new Conv2d<>(net, "conv1", 1, filters, 4, 2, INIT, true),
                Activations.leakyRelu(o, 0.2),
                new Conv2d<>(net, "conv2", filters, f2, 4, 2, INIT, false),
                Normalization.BATCH_NORM.layer(net, "conv2", f2),
                Activations.leakyRelu(o, 0.2)));
    Layer<TFloat32> joint =
        new Sequential<>(
            List.of(
                new Conv2d<>(net, "joint", f2 + projectionDim, f2, 1, 1, INIT, true),
                Activations.leakyRelu(o, 0.2),
                Reshape.flatten(o),
                new Dense<>(net, "logit", Blocks.featureDim(filters), 1, INIT)));
    return new CaptionDiscriminator(net, image, projection(net), joint, projectionDim);
  }

  private Layer<TFloat32> projection(Network<TFloat32> net) {
    return new Sequential<>(
        List.of(
            new Dense<>(net, "caption_projection", captionDim, projectionDim, INIT),
            Activations.leakyRelu(net.ops(), 0.2)));
  }
}
