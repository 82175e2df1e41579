package org.ganlab.models.stabilizers;

import java.util.List;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.train.Augmentation;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.math.Mean;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

/**
 * DiffAugment (Zhao, Liu, Lin, Zhu and Han 2020, "Differentiable Augmentation for Data-Efficient
 * GAN Training"): the same random, differentiable transformations applied to real and to generated
 * images before the discriminator sees them, in both networks' updates, so D cannot memorize a
 * small training set and G still gets gradients through the augmentation.
 *
 * <p>The three policies of the authors' code, in their order, on NHWC images in [-1, 1] with static
 * height, width and channels: colour (brightness x + U(-0.5, 0.5); saturation, only with more than
 * one channel, (x - channel mean) * U(0, 2) + channel mean; contrast (x - image mean) * U(0.5, 1.5)
 * + image mean), translation (each image shifted by whole pixels, up to {@code translationRatio} of
 * its side, zeros filling in) and cutout (a square of {@code cutoutRatio} of the side set to zero,
 * its centre anywhere in the image). Every random number is a stateless draw from the seed given to
 * {@link #apply}, so the augmentation of a step is a pure function of that seed; per image the
 * draws are the columns of one [b, 7] uniform tensor (brightness, saturation, contrast, shift along
 * height, shift along width, cutout centre row, cutout centre column), so turning one policy off
 * does not change the others' draws. Real and generated batches should get different seeds.
 *
 * <p>As a trainer {@link Augmentation} ({@code GanTrainer.builder(...).augmentation(...)}, the
 * {@code diffaugment} key of the image experiments) it augments D's real and generated inputs from
 * the run's random streams; the policy "none" ({@link #none()}) adds nothing to the graph.
 *
 * @param color brightness, saturation (colour images) and contrast
 * @param translation random shifts
 * @param cutout a random square set to zero
 * @param translationRatio largest shift as a fraction of the side (the paper's 1/8)
 * @param cutoutRatio side of the cut square as a fraction of the image side (the paper's 1/2)
 */
public record DiffAugment(
    boolean color, boolean translation, boolean cutout, double translationRatio, double cutoutRatio)
    implements Augmentation {
  /** {@code diffaugment}: the policy, "none" or a comma-separated subset of the three. */
  public static final List<Hyperparameter<DiffAugment>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofString(
              "diffaugment",
              "DiffAugment policy for D's inputs: none, or a comma-separated subset of"
                  + " color,translation,cutout",
              DiffAugment::policy,
              DiffAugment::withPolicy));

  private static final int DRAWS = 7;

  /**
   * Validates the ratios (each in [0, 1]).
   *
   * @param color brightness, saturation (colour images) and contrast
   * @param translation random shifts
   * @param cutout a random square set to zero
   * @param translationRatio largest shift as a fraction of the side (the paper's 1/8)
   * @param cutoutRatio side of the cut square as a fraction of the image side (the paper's 1/2)
   */
  public DiffAugment {
    if (!(translationRatio >= 0 && translationRatio <= 1)) {
      throw new IllegalArgumentException(
          "translationRatio must be in [0, 1], got " + translationRatio);
    }
    if (!(cutoutRatio >= 0 && cutoutRatio <= 1)) {
      throw new IllegalArgumentException("cutoutRatio must be in [0, 1], got " + cutoutRatio);
    }
  }

  /** {@return the paper's "color,translation,cutout" policy with ratios 1/8 and 1/2} */
  public static DiffAugment standard() {
    return new DiffAugment(true, true, true, 0.125, 0.5);
  }

  /**
   * No policy on: as an {@link Augmentation}, nothing is added to the graph.
   *
   * @return the augmentation with every policy off
   */
  public static DiffAugment none() {
    return standard().withPolicy("none");
  }

  /**
   * {@return the policy as the authors' code writes it: "none", or the policies that are on in the
   * order color, translation, cutout, separated by commas}
   */
  public String policy() {
    return DiffAugmentPolicy.format(color, translation, cutout);
  }

  /**
   * {@return a copy with the policies named in {@code policy} on and the others off ("none" for all
   * off; names in any order, e.g. "translation,cutout")}
   *
   * @param policy comma-separated policy names: "color", "translation", "cutout", or "none"
   * @throws IllegalArgumentException naming the valid policies for an unknown name
   */
  public DiffAugment withPolicy(String policy) {
    boolean[] on = DiffAugmentPolicy.parse(policy);
    return new DiffAugment(on[0], on[1], on[2], translationRatio, cutoutRatio);
  }

  /** Whether any policy is on. */
  @Override
  public boolean enabled() {
    return color || translation || cutout;
  }

  /**
   * {@return a copy with colour on or off}
   *
   * @param on whether the copy adjusts brightness, saturation and contrast
   */
  public DiffAugment withColor(boolean on) {
    return new DiffAugment(on, translation, cutout, translationRatio, cutoutRatio);
  }

  /**
   * {@return a copy with translation on or off}
   *
   * @param on whether the copy translates the images
   */
  public DiffAugment withTranslation(boolean on) {
    return new DiffAugment(color, on, cutout, translationRatio, cutoutRatio);
  }

  /**
   * {@return a copy with cutout on or off}
   *
   * @param on whether the copy cuts out a square of each image
   */
  public DiffAugment withCutout(boolean on) {
    return new DiffAugment(color, translation, on, translationRatio, cutoutRatio);
  }

  /**
   * {@return a copy with another translation ratio}
   *
   * @param r the translation ratio of the copy
   */
  public DiffAugment withTranslationRatio(double r) {
    return new DiffAugment(color, translation, cutout, r, cutoutRatio);
  }

  /**
   * {@return a copy with another cutout ratio}
   *
   * @param r the cutout ratio of the copy
   */
  public DiffAugment withCutoutRatio(double r) {
    return new DiffAugment(color, translation, cutout, translationRatio, r);
  }

  /**
   * Augments a batch of NHWC images (dynamic batch, static height, width and channels).
   *
   * @param seed a [2] int64 seed, e.g. a trainer random stream; the same seed gives the same
   *     augmentation
   */
  @Override
  public <T extends TFloating> Operand<T> apply(Ops tf, Operand<T> images, Operand<TInt64> seed) {
    Shape s = images.shape();
    if (s.numDimensions() != 4 || s.size(1) < 0 || s.size(2) < 0 || s.size(3) < 0) {
      throw new IllegalArgumentException(
          "DiffAugment needs NHWC images with static height, width and channels, got " + s);
    }
    Ops o = tf.withSubScope("diff_augment");
    int h = (int) s.size(1);
    int w = (int) s.size(2);
    Operand<TInt32> batch =
        o.slice(o.shape(images), o.constant(new int[] {0}), o.constant(new int[] {1}));
    // Constants for the gradient: the random op has none, and the draws are not learned.
    Operand<TFloat32> u =
        o.stopGradient(
            o.random.statelessRandomUniform(
                o.concat(List.of(batch, o.constant(new int[] {DRAWS})), o.constant(0)),
                seed,
                TFloat32.class));
    Operand<T> x = images;
    if (color) {
      Operand<T> half = o.dtypes.cast(o.constant(0.5f), x.type());
      x = o.math.add(x, o.math.sub(perImage(o, u, 0, x), half));
      if (s.size(3) > 1) {
        Operand<T> two = o.dtypes.cast(o.constant(2f), x.type());
        x = scaleAround(o, x, new int[] {3}, o.math.mul(perImage(o, u, 1, x), two));
      }
      x = scaleAround(o, x, new int[] {1, 2, 3}, o.math.add(perImage(o, u, 2, x), half));
    }
    if (translation) {
      int sh = (int) (h * translationRatio + 0.5);
      int sw = (int) (w * translationRatio + 0.5);
      Operand<TInt32> tx = o.math.sub(whole(o, u, 3, 2 * sh + 1), o.constant(sh));
      Operand<TInt32> ty = o.math.sub(whole(o, u, 4, 2 * sw + 1), o.constant(sw));
      x = DiffAugmentGeometry.translate(o, x, tx, ty);
    }
    if (cutout) {
      int ch = (int) (h * cutoutRatio + 0.5);
      int cw = (int) (w * cutoutRatio + 0.5);
      // The authors' offsets: centres in [0, side + (1 - size % 2)).
      Operand<TInt32> cx = whole(o, u, 5, h + 1 - ch % 2);
      Operand<TInt32> cy = whole(o, u, 6, w + 1 - cw % 2);
      x = DiffAugmentGeometry.cutout(o, x, cx, cy, ch, cw);
    }
    return x;
  }

  /** (x - mean over axes) * factor + mean. */
  private static <T extends TFloating> Operand<T> scaleAround(
      Ops tf, Operand<T> x, int[] axes, Operand<T> factor) {
    Operand<T> mean = tf.math.mean(x, tf.constant(axes), Mean.keepDims(true));
    return tf.math.add(tf.math.mul(tf.math.sub(x, mean), factor), mean);
  }

  /** Column {@code col} of the draws as [b, 1, 1, 1] in x's dtype. */
  private static <T extends TFloating> Operand<T> perImage(
      Ops tf, Operand<TFloat32> u, int col, Operand<T> like) {
    Operand<TFloat32> c = tf.gather(u, tf.constant(col), tf.constant(1));
    return tf.dtypes.cast(tf.reshape(c, tf.constant(new long[] {-1, 1, 1, 1})), like.type());
  }

  /** Column {@code col} of the draws as [b] integers in [0, n). */
  private static Operand<TInt32> whole(Ops tf, Operand<TFloat32> u, int col, int n) {
    Operand<TFloat32> c = tf.gather(u, tf.constant(col), tf.constant(1));
    Operand<TInt32> k =
        tf.dtypes.cast(tf.math.floor(tf.math.mul(c, tf.constant((float) n))), TInt32.class);
    // float32 rounding could reach n for u just below 1.
    return tf.math.minimum(k, tf.constant(n - 1));
  }
}
