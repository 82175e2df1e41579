package org.ganlab.core.data.captions;

import java.util.Arrays;
import java.util.Objects;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.PixelScaling;

/**
 * The fixed rules that read a caption's attributes off a 28x28 grayscale image. The garment is
 * every pixel of at least {@value #FOREGROUND} (of 255); its <b>size</b> is their count and its
 * <b>brightness</b> their mean value. An image is large when its area is above its class's area
 * threshold and light when its mean is above its class's intensity threshold.
 *
 * <p>The thresholds are per class, because the classes differ far more than the images within one
 * do (every bag is larger than every sandal): global thresholds would leave some (class, attribute)
 * combinations nearly empty, while per-class ones split every class about in half on each
 * attribute, so "a small pullover" means small for a pullover. {@link #FASHION_MNIST} holds the
 * medians of the 60,000 Fashion-MNIST training images (the lower middle value of each class's
 * sorted measurements, so a threshold is a measured value), computed once by {@link #medians} and
 * written here as constants so that captions never depend on which data a run loaded; a test
 * recomputes them from the embedded files. The same rules measure generated images, which is how
 * attribute accuracy is scored.
 */
public final class CaptionRules {
  /** The smallest pixel value (0..255) counted as garment rather than background. */
  public static final int FOREGROUND = 32;

  /** The medians of the Fashion-MNIST training set (see the class comment). */
  public static final CaptionRules FASHION_MNIST =
      new CaptionRules(
          new int[] {422, 247, 474, 303, 448, 187, 457, 217, 417, 334},
          new double[] {
            163.91135734072023,
            178.64026402640263,
            168.19914346895075,
            176.60588235294117,
            185.45909090909092,
            134.34123222748815,
            148.78484107579462,
            153.15714285714284,
            176.51351351351352,
            180.4773519163763
          });

  private final int[] areaThresholds;
  private final double[] intensityThresholds;

  /**
   * What the rules measure of one image.
   *
   * @param area the number of garment pixels
   * @param meanIntensity their mean value (0..255), 0 when there are none
   */
  public record Measurement(int area, double meanIntensity) {}

  /**
   * Rules with the given per-class thresholds.
   *
   * @param areaThresholds for each class, the largest area still called small
   * @param intensityThresholds for each class, the largest mean intensity still called dark
   */
  public CaptionRules(int[] areaThresholds, double[] intensityThresholds) {
    if (areaThresholds.length != FashionMnist.NUM_CLASSES
        || intensityThresholds.length != FashionMnist.NUM_CLASSES) {
      throw new IllegalArgumentException(
          "one threshold per Fashion-MNIST class needed, got "
              + areaThresholds.length
              + " and "
              + intensityThresholds.length);
    }
    this.areaThresholds = areaThresholds.clone();
    this.intensityThresholds = intensityThresholds.clone();
  }

  /** {@return each class's area threshold (a copy)} */
  public int[] areaThresholds() {
    return areaThresholds.clone();
  }

  /** {@return each class's intensity threshold (a copy)} */
  public double[] intensityThresholds() {
    return intensityThresholds.clone();
  }

  /**
   * {@return the garment's area and mean intensity in {@code size} pixel bytes (unsigned)}
   *
   * @param pixels pixel bytes
   * @param offset the first pixel of the image
   * @param size the pixels of the image
   */
  public static Measurement measure(byte[] pixels, int offset, int size) {
    Objects.checkFromIndexSize(offset, size, pixels.length);
    int area = 0;
    long sum = 0;
    for (int k = offset; k < offset + size; k++) {
      int v = pixels[k] & 0xFF;
      if (v >= FOREGROUND) {
        area++;
        sum += v;
      }
    }
    return new Measurement(area, area == 0 ? 0 : (double) sum / area);
  }

  /**
   * {@return the measurement of an image scaled to [-1, 1] (e.g. generated), after quantizing it to
   * bytes as a saved picture would be}
   *
   * @param scaled values in [-1, 1]
   * @param offset the first value of the image
   * @param size the values of the image
   */
  public static Measurement measureScaled(float[] scaled, int offset, int size) {
    Objects.checkFromIndexSize(offset, size, scaled.length);
    byte[] pixels = new byte[size];
    for (int k = 0; k < size; k++) {
      pixels[k] = PixelScaling.quantize(scaled[offset + k]);
    }
    return measure(pixels, 0, size);
  }

  /**
   * {@return the attributes of an image of class {@code label} measured as {@code m}}
   *
   * @param label the image's class
   * @param m its measurement
   */
  public CaptionAttributes attributes(int label, Measurement m) {
    Objects.checkIndex(label, FashionMnist.NUM_CLASSES);
    return new CaptionAttributes(
        label,
        m.meanIntensity() > intensityThresholds[label] ? Brightness.LIGHT : Brightness.DARK,
        m.area() > areaThresholds[label] ? GarmentSize.LARGE : GarmentSize.SMALL);
  }

  /**
   * {@return the attributes of image {@code i} of a labelled 28x28x1 dataset}
   *
   * @param d the dataset
   * @param i the image
   */
  public CaptionAttributes attributes(ImageDataset d, int i) {
    byte[] image = d.image(i);
    return attributes(d.label(i), measure(image, 0, image.length));
  }

  /**
   * {@return the {@link CaptionAttributes#id()} of every image of {@code d}, in order}
   *
   * @param d a labelled 28x28x1 dataset with the ten Fashion-MNIST classes
   */
  public int[] combinations(ImageDataset d) {
    int[] ids = new int[d.n()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = attributes(d, i).id();
    }
    return ids;
  }

  /**
   * {@return rules whose thresholds are the per-class lower medians of {@code d}'s measurements}
   * How {@link #FASHION_MNIST} was computed from the training set.
   *
   * @param d a labelled dataset with the ten Fashion-MNIST classes
   */
  public static CaptionRules medians(ImageDataset d) {
    int classes = FashionMnist.NUM_CLASSES;
    int[] count = new int[classes];
    for (int i = 0; i < d.n(); i++) {
      count[d.label(i)]++;
    }
    int[][] areas = new int[classes][];
    double[][] means = new double[classes][];
    for (int c = 0; c < classes; c++) {
      areas[c] = new int[count[c]];
      means[c] = new double[count[c]];
    }
    int[] seen = new int[classes];
    for (int i = 0; i < d.n(); i++) {
      byte[] image = d.image(i);
      Measurement m = measure(image, 0, image.length);
      int c = d.label(i);
      areas[c][seen[c]] = m.area();
      means[c][seen[c]++] = m.meanIntensity();
    }
    int[] area = new int[classes];
    double[] intensity = new double[classes];
    for (int c = 0; c < classes; c++) {
      if (count[c] == 0) {
        throw new IllegalArgumentException("class " + c + " has no images in " + d.name());
      }
      Arrays.sort(areas[c]);
      Arrays.sort(means[c]);
      area[c] = areas[c][(count[c] - 1) / 2];
      intensity[c] = means[c][(count[c] - 1) / 2];
    }
    return new CaptionRules(area, intensity);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaptionRules r
        && Arrays.equals(areaThresholds, r.areaThresholds)
        && Arrays.equals(intensityThresholds, r.intensityThresholds);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(areaThresholds) + Arrays.hashCode(intensityThresholds);
  }

  @Override
  public String toString() {
    return "CaptionRules[area "
        + Arrays.toString(areaThresholds)
        + ", intensity "
        + Arrays.toString(intensityThresholds)
        + "]";
  }
}
