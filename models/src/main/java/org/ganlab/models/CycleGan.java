package org.ganlab.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.nn.CoordinateChannels;
import org.ganlab.core.nn.WidthMixing;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.core.train.cycle.CycleGanArchitecture;
import org.tensorflow.op.Ops;

/**
 * CycleGAN's networks (Zhu et al. 2017, "Unpaired Image-to-Image Translation using Cycle-Consistent
 * Adversarial Networks", appendix 7.2), scaled down for small square images such as 28x28
 * Fashion-MNIST.
 *
 * <p>Generator (the ResNet generator of Johnson et al. 2016 that CycleGAN uses): c7s1-f, d2f, d4f,
 * {@code residualBlocks} x R4f, u2f, uf, c7s1-C with tanh; every hidden convolution is followed by
 * instance norm and ReLU. The paper uses f = 64 and 6 blocks at 128x128; the default here is f = 32
 * and 3 blocks for 28x28 inputs (two stride-2 steps bring 28 to 7). Convolutions pad with zeros
 * ("SAME") instead of the paper's reflection padding.
 *
 * <p>With {@link GeneratorTopology#UNET} the generator is pix2pix's U-Net instead ({@link
 * UNetGenerator}: f and 2f wide, skip connections at 14x14 and 7x7, instance norm, no dropout), as
 * CycleGAN's own code offers ({@code --netG unet_256}); {@code residualBlocks} then has no effect.
 *
 * <p>Discriminator (a PatchGAN, after pix2pix): C(f) stride 2 without norm, C(2f) stride 2 and
 * C(4f) stride 1 with instance norm, LeakyReLU 0.2, then a 4x4 convolution to one score per patch.
 * On 28x28 input it scores a 7x7 grid of overlapping patches; the {@code DiscriminatorOutput}
 * logits hold every patch of every example ([b * 49]), so the losses average over patches as the
 * paper does.
 *
 * <p>The domains may differ in channels ({@code channels} for A, {@code channelsB} for B, e.g.
 * grayscale and colour): G's first convolution reads A's channels and its last writes B's, F the
 * other way round, and each discriminator reads its domain's.
 *
 * @param imageSize height and width of the (square) images, divisible by 4
 * @param channels image channels of domain A
 * @param channelsB image channels of domain B
 * @param generatorFilters f of the generator
 * @param residualBlocks residual blocks at the generator's bottleneck
 * @param discriminatorFilters f of the discriminator
 * @param leakySlope LeakyReLU slope of the discriminator
 * @param initStd standard deviation of the normal weight initializer (0.02 in the paper)
 * @param normalization normalization of hidden layers (instance norm in the paper)
 * @param coordinates whether the generator's first convolution and the first convolution of every
 *     residual block also read two coordinate channels ({@link CoordinateChannels}, CoordConv); off
 *     in the paper. Convolutions are translation-equivariant, so only coordinates let a generator
 *     learn a mapping that depends on position, such as the test task's horizontal flip
 * @param widthMixing whether the generator has a {@link WidthMixing} layer at the bottleneck (after
 *     the downsampling, before the residual blocks), initialized to the identity; off in the paper.
 *     It can move content across the whole width in one step (e.g. a mirror image)
 * @param generator the generator's topology: the paper's ResNet generator or a U-Net
 */
public record CycleGan(
    int imageSize,
    int channels,
    int channelsB,
    int generatorFilters,
    int residualBlocks,
    int discriminatorFilters,
    double leakySlope,
    double initStd,
    Normalization normalization,
    boolean coordinates,
    boolean widthMixing,
    GeneratorTopology generator)
    implements CycleGanArchitecture {
  /**
   * The generator and discriminator widths and depth, CoordConv and width mixing ({@link
   * CycleGanKeys}).
   */
  public static final List<Hyperparameter<CycleGan>> HYPERPARAMETERS = CycleGanKeys.all();

  /**
   * Validates the hyperparameters.
   *
   * @param imageSize height and width of the (square) images, divisible by 4
   * @param channels image channels of domain A
   * @param channelsB image channels of domain B
   * @param generatorFilters f of the generator
   * @param residualBlocks residual blocks at the generator's bottleneck
   * @param discriminatorFilters f of the discriminator
   * @param leakySlope LeakyReLU slope of the discriminator
   * @param initStd standard deviation of the normal weight initializer (0.02 in the paper)
   * @param normalization normalization of hidden layers (instance norm in the paper)
   * @param coordinates whether the ResNet generator reads coordinate channels (see the record)
   * @param widthMixing whether the ResNet generator has a width-mixing layer (see the record)
   * @param generator the generator's topology: the paper's ResNet generator or a U-Net
   */
  public CycleGan {
    Checks.positive("imageSize", imageSize);
    if (imageSize % 4 != 0) {
      throw new IllegalArgumentException("imageSize must be divisible by 4, got " + imageSize);
    }
    Checks.positive("channels", channels);
    Checks.positive("channelsB", channelsB);
    Checks.positive("generatorFilters", generatorFilters);
    Checks.nonNegative("residualBlocks", residualBlocks);
    Checks.positive("discriminatorFilters", discriminatorFilters);
    Checks.inUnitInterval("leakySlope", leakySlope);
    Checks.positive("initStd", initStd);
    Checks.required("normalization", normalization);
    Checks.required("generator", generator);
    if (generator == GeneratorTopology.UNET && (coordinates || widthMixing)) {
      throw new IllegalArgumentException(
          "coordinates and width_mixing are layers of the ResNet generator; generator=unet has"
              + " neither");
    }
  }

  /**
   * {@return 28x28x1, generator f = 32 with 3 residual blocks, discriminator f = 32, instance norm,
   * no coordinate channels}
   */
  public static CycleGan standard() {
    return new CycleGan(
        28,
        1,
        1,
        32,
        3,
        32,
        0.2,
        0.02,
        Normalization.INSTANCE_NORM,
        false,
        false,
        GeneratorTopology.RESNET);
  }

  /**
   * {@return the paper's recipe: least-squares adversarial loss, cycle loss with lambda 10,
   * identity loss with weight 0.5 * lambda, Adam(2e-4, beta1 0.5) for both sides, batch size 1}
   */
  public CycleGanPreset training() {
    Adam adam = new Adam(2e-4, 0.5, 0.999);
    return new CycleGanPreset(
        this, CycleGanLoss.standard(), OptimizerPair.of(adam), 1, "Zhu et al. 2017 (CycleGAN)");
  }

  /**
   * {@return a copy for images of another side}
   *
   * @param s the side of the copy's square images, in pixels
   */
  public CycleGan withImageSize(int s) {
    return CycleGanCopy.of(this).imageSize(s).build();
  }

  /**
   * {@return a copy for images with {@code c} channels in both domains}
   *
   * @param c the number of image channels of the copy's domains
   */
  public CycleGan withChannels(int c) {
    return CycleGanCopy.of(this).channels(c).channelsB(c).build();
  }

  /**
   * {@return a copy whose domain B has {@code c} channels (domain A keeps its own)}
   *
   * @param c the number of image channels of the copy's domain B
   */
  public CycleGan withChannelsB(int c) {
    return CycleGanCopy.of(this).channelsB(c).build();
  }

  /**
   * {@return a copy with another generator width}
   *
   * @param f the generator width of the copy
   */
  public CycleGan withGeneratorFilters(int f) {
    return CycleGanCopy.of(this).generatorFilters(f).build();
  }

  /**
   * {@return a copy with another number of residual blocks}
   *
   * @param n the number of residual blocks of the copy
   */
  public CycleGan withResidualBlocks(int n) {
    return CycleGanCopy.of(this).residualBlocks(n).build();
  }

  /**
   * {@return a copy with another discriminator width}
   *
   * @param f the discriminator width of the copy
   */
  public CycleGan withDiscriminatorFilters(int f) {
    return CycleGanCopy.of(this).discriminatorFilters(f).build();
  }

  /**
   * {@return a copy with another LeakyReLU slope}
   *
   * @param s the LeakyReLU slope of the copy
   */
  public CycleGan withLeakySlope(double s) {
    return CycleGanCopy.of(this).leakySlope(s).build();
  }

  /**
   * {@return a copy with another initializer standard deviation}
   *
   * @param std the initializer standard deviation of the copy
   */
  public CycleGan withInitStd(double std) {
    return CycleGanCopy.of(this).initStd(std).build();
  }

  /**
   * {@return a copy with another normalization}
   *
   * @param n the normalization of the copy
   */
  public CycleGan withNormalization(Normalization n) {
    return CycleGanCopy.of(this).normalization(n).build();
  }

  /**
   * {@return a copy with or without coordinate channels in the generator}
   *
   * @param c whether the copy's generator gets coordinate channels
   */
  public CycleGan withCoordinates(boolean c) {
    return CycleGanCopy.of(this).coordinates(c).build();
  }

  /**
   * {@return a copy with or without the generator's width-mixing layer}
   *
   * @param w whether the copy's generator has the width-mixing layer
   */
  public CycleGan withWidthMixing(boolean w) {
    return CycleGanCopy.of(this).widthMixing(w).build();
  }

  /**
   * {@return a copy with another generator topology}
   *
   * @param g the generator topology of the copy
   */
  public CycleGan withGenerator(GeneratorTopology g) {
    return CycleGanCopy.of(this).generator(g).build();
  }

  @Override
  public int[] exampleShape() {
    return new int[] {imageSize, imageSize, channels};
  }

  @Override
  public int[] exampleShapeB() {
    return new int[] {imageSize, imageSize, channelsB};
  }

  @Override
  public Map<String, Object> hyperparameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", "cyclegan");
    m.put("imageSize", imageSize);
    m.put("channels", channels);
    if (channelsB != channels) {
      // Only where the domains differ, so same-channel runs keep their config.json.
      m.put("channelsB", channelsB);
    }
    m.put("generatorFilters", generatorFilters);
    m.put("residualBlocks", residualBlocks);
    m.put("discriminatorFilters", discriminatorFilters);
    m.put("leakySlope", leakySlope);
    m.put("initStd", initStd);
    m.put("normalization", normalization.name());
    m.put("coordinates", coordinates);
    m.put("widthMixing", widthMixing);
    if (generator != GeneratorTopology.RESNET) {
      // Only for the U-Net, so runs of the paper's generator keep their config.json.
      m.put("generator", generator.key());
    }
    return m;
  }

  @Override
  public GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds, int[] from, int[] to) {
    return CycleGanGeneratorBuilder.build(this, tf, name, seeds, from[2], to[2]);
  }

  @Override
  public DiscriminatorNet buildDiscriminator(Ops tf, String name, Seeds seeds, int[] shape) {
    return CycleGanDiscriminatorBuilder.build(this, tf, name, seeds, shape[2]);
  }
}
