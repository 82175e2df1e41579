package org.ganlab.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.losses.AuxiliaryClassifierLoss;
import org.tensorflow.op.Ops;

/**
 * Class-conditional GANs for 28x28 images on DCGAN-shaped networks, with the three standard ways of
 * giving the discriminator the label:
 *
 * <ul>
 *   <li>{@link Head#CONCAT}: input concatenation (Mirza and Osindero 2014, "Conditional Generative
 *       Adversarial Nets"): the one-hot label, broadcast to 28x28 planes, is appended to the image
 *       channels.
 *   <li>{@link Head#PROJECTION}: the projection discriminator (Miyato and Koyama 2018, "cGANs with
 *       Projection Discriminator"): D(x, y) = psi(phi(x)) + embed(y) . phi(x).
 *   <li>{@link Head#AUX_CLASSIFIER}: AC-GAN (Odena et al. 2017, "Conditional Image Synthesis with
 *       Auxiliary Classifier GANs"): D sees only x and has a second head of class logits, trained
 *       by {@link AuxiliaryClassifierLoss}.
 * </ul>
 *
 * <p>The generator always takes the label: a code of it (one-hot, or a learned embedding) is
 * concatenated to z. The projection paper conditions the generator with conditional batch norm
 * instead, and uses spectral normalization and a ResNet; neither is in core yet, so this projection
 * model keeps the paper's discriminator head on DCGAN-shaped networks.
 *
 * <p>{@link #numClasses()} is positive, so {@code GanModel} creates the labels placeholder and
 * {@code LatentSampler.sample(seed, n, labels)} takes the wanted labels.
 *
 * @param numClasses number of classes (10 for Fashion-MNIST)
 * @param head how the discriminator uses the label
 * @param labelInput how the generator encodes the label
 * @param embeddingDim size of the generator's label embedding (used with {@link
 *     LabelInput#EMBEDDING})
 * @param latentDim size of z
 * @param filters f, as in {@link Dcgan}
 * @param channels image channels
 * @param kernelSize square (de)convolution kernel
 * @param leakySlope LeakyReLU slope of the discriminator
 * @param initStd standard deviation of the normal weight initializer
 * @param discriminatorNorm normalization of the discriminator's hidden convolution
 */
public record ConditionalGan(
    int numClasses,
    Head head,
    LabelInput labelInput,
    int embeddingDim,
    int latentDim,
    int filters,
    int channels,
    int kernelSize,
    double leakySlope,
    double initStd,
    Normalization discriminatorNorm)
    implements GanArchitecture {
  /** {@code latent_dim} and {@code filters}. */
  public static final List<Hyperparameter<ConditionalGan>> HYPERPARAMETERS =
      List.of(
          ArchitectureKeys.latentDim(ConditionalGan::latentDim, ConditionalGan::withLatentDim),
          ArchitectureKeys.filters(
              "width of the first D / last G hidden layer",
              ConditionalGan::filters,
              ConditionalGan::withFilters));

  /** How the discriminator uses the class label. */
  public enum Head {
    /** One-hot label planes appended to the input image (Mirza and Osindero 2014). */
    CONCAT,
    /** Inner product of a class embedding with the features (Miyato and Koyama 2018). */
    PROJECTION,
    /** Unconditional real/fake logit plus class logits (Odena et al. 2017). */
    AUX_CLASSIFIER
  }

  /** How the generator encodes the label before concatenating it to z. */
  public enum LabelInput {
    /** The one-hot vector. */
    ONE_HOT,
    /** A learned embedding of {@code embeddingDim}, initialized N(0, 1) like z. */
    EMBEDDING
  }

  /**
   * Validates the hyperparameters.
   *
   * @param numClasses number of classes (10 for Fashion-MNIST)
   * @param head how the discriminator uses the label
   * @param labelInput how the generator encodes the label
   * @param embeddingDim size of the generator's label embedding (used with {@link
   *     LabelInput#EMBEDDING})
   * @param latentDim size of z
   * @param filters f, as in {@link Dcgan}
   * @param channels image channels
   * @param kernelSize square (de)convolution kernel
   * @param leakySlope LeakyReLU slope of the discriminator
   * @param initStd standard deviation of the normal weight initializer
   * @param discriminatorNorm normalization of the discriminator's hidden convolution
   */
  public ConditionalGan {
    if (numClasses < 2) {
      throw new IllegalArgumentException("numClasses must be at least 2, got " + numClasses);
    }
    Checks.required("head", head);
    Checks.required("labelInput", labelInput);
    Checks.positive("embeddingDim", embeddingDim);
    Blocks.checkComponents(latentDim, filters, channels, kernelSize, leakySlope, initStd);
    Checks.required("discriminatorNorm", discriminatorNorm);
  }

  /**
   * {@return input concatenation: one-hot label concatenated to z, label planes appended to D's
   * input, DCGAN's widths and batch norm}
   *
   * @param numClasses the number of classes the labels range over
   */
  public static ConditionalGan concat(int numClasses) {
    return ConditionalGanPapers.architecture(numClasses, Head.CONCAT, Normalization.BATCH_NORM);
  }

  /**
   * {@return projection discriminator; no normalization in D, as in the paper (which relies on
   * spectral normalization instead)}
   *
   * @param numClasses the number of classes the labels range over
   */
  public static ConditionalGan projection(int numClasses) {
    return ConditionalGanPapers.architecture(numClasses, Head.PROJECTION, Normalization.NONE);
  }

  /**
   * {@return AC-GAN: D sees only the image and classifies it; batch norm as in DCGAN}
   *
   * @param numClasses the number of classes the labels range over
   */
  public static ConditionalGan acgan(int numClasses) {
    return ConditionalGanPapers.architecture(
        numClasses, Head.AUX_CLASSIFIER, Normalization.BATCH_NORM);
  }

  /**
   * {@return the recipe of the paper each head follows} Concatenation: non-saturating loss,
   * Adam(2e-4, beta1 0.5), batches of 64 (DCGAN's settings, which conditional DCGANs reuse).
   * Projection: hinge loss, Adam(2e-4, beta1 0, beta2 0.9), n_critic 5, batches of 64 (Miyato and
   * Koyama 2018, section 5). AC-GAN: non-saturating loss plus the auxiliary classifier loss with
   * weight 1, Adam(2e-4, beta1 0.5), batches of 100 (Odena et al. 2017, appendix).
   */
  public TrainingPreset training() {
    return ConditionalGanPapers.training(this);
  }

  /**
   * {@return a copy with another discriminator head}
   *
   * @param h the discriminator head of the copy
   */
  public ConditionalGan withHead(Head h) {
    return ConditionalGanCopy.of(this).head(h).build();
  }

  /**
   * {@return a copy with another number of classes}
   *
   * @param k the number of classes of the copy
   */
  public ConditionalGan withNumClasses(int k) {
    return ConditionalGanCopy.of(this).numClasses(k).build();
  }

  /**
   * {@return a copy with another label encoding in the generator}
   *
   * @param l the generator's label encoding in the copy
   */
  public ConditionalGan withLabelInput(LabelInput l) {
    return ConditionalGanCopy.of(this).labelInput(l).build();
  }

  /**
   * {@return a copy with another label-embedding size (and {@link LabelInput#EMBEDDING})}
   *
   * @param d the label-embedding size of the copy, which also switches the label input to {@link
   *     LabelInput#EMBEDDING}
   */
  public ConditionalGan withEmbeddingDim(int d) {
    return ConditionalGanCopy.of(this).labelInput(LabelInput.EMBEDDING).embeddingDim(d).build();
  }

  /**
   * {@return a copy with another latent size}
   *
   * @param d the latent size of the copy
   */
  public ConditionalGan withLatentDim(int d) {
    return ConditionalGanCopy.of(this).latentDim(d).build();
  }

  /**
   * {@return a copy with another width}
   *
   * @param f the width of the copy
   */
  public ConditionalGan withFilters(int f) {
    return ConditionalGanCopy.of(this).filters(f).build();
  }

  /**
   * {@return a copy for images with {@code c} channels}
   *
   * @param c the number of image channels of the copy
   */
  public ConditionalGan withChannels(int c) {
    return ConditionalGanCopy.of(this).channels(c).build();
  }

  /**
   * {@return a copy with another kernel size}
   *
   * @param k the kernel size of the copy
   */
  public ConditionalGan withKernelSize(int k) {
    return ConditionalGanCopy.of(this).kernelSize(k).build();
  }

  /**
   * {@return a copy with another LeakyReLU slope}
   *
   * @param s the LeakyReLU slope of the copy
   */
  public ConditionalGan withLeakySlope(double s) {
    return ConditionalGanCopy.of(this).leakySlope(s).build();
  }

  /**
   * {@return a copy with another initializer standard deviation}
   *
   * @param std the initializer standard deviation of the copy
   */
  public ConditionalGan withInitStd(double std) {
    return ConditionalGanCopy.of(this).initStd(std).build();
  }

  /**
   * {@return a copy with another discriminator normalization}
   *
   * @param n the discriminator normalization of the copy
   */
  public ConditionalGan withDiscriminatorNorm(Normalization n) {
    return ConditionalGanCopy.of(this).discriminatorNorm(n).build();
  }

  @Override
  public int[] exampleShape() {
    return new int[] {Blocks.SIDE, Blocks.SIDE, channels};
  }

  @Override
  public Map<String, Object> hyperparameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", "conditional");
    m.put("numClasses", numClasses);
    m.put("head", head.name());
    m.put("labelInput", labelInput.name());
    m.put("embeddingDim", embeddingDim);
    m.put("latentDim", latentDim);
    m.put("filters", filters);
    m.put("channels", channels);
    m.put("kernelSize", kernelSize);
    m.put("leakySlope", leakySlope);
    m.put("initStd", initStd);
    m.put("discriminatorNorm", discriminatorNorm.name());
    return m;
  }

  @Override
  public GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds) {
    return ConditionalGeneratorBuilder.build(this, tf, name, seeds);
  }

  @Override
  public DiscriminatorNet buildDiscriminator(Ops tf, String name, Seeds seeds) {
    return ConditionalDiscriminatorBuilder.build(this, tf, name, seeds);
  }
}
