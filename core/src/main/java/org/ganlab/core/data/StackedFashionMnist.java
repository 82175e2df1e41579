package org.ganlab.core.data;

import java.util.Map;
import java.util.Objects;
import org.ganlab.core.seed.Seeds;

/**
 * Stacked Fashion-MNIST: three independently drawn grayscale images as the three channels of one
 * 28x28x3 image, so the data has 10^3 = 1000 modes (the stacked-MNIST benchmark of Metz et al. 2017
 * and Srivastava et al. 2017, on Fashion-MNIST).
 *
 * <p>The label of an example is {@code 100 * c0 + 10 * c1 + c2}, where {@code c} is the class of
 * the image in channel {@code c}. Each channel has its own seeded epoch order ({@link EpochOrder}
 * under purposes {@code "data-order/stacked-0"}, {@code -1}, {@code -2}), so the three channels are
 * drawn independently, every image appears once per epoch in every channel, and the batch of a step
 * is a pure function of (root seed, step, batch size).
 *
 * <p>Immutable (its epoch orders cache permutations safely), so thread-safe.
 */
public final class StackedFashionMnist implements DataSource {
  /** The number of label combinations. */
  public static final int NUM_MODES = 1000;

  private static final int CHANNELS = 3;

  private final ImageDataset base;
  private final EpochOrder[] orders = new EpochOrder[CHANNELS];

  /**
   * Stacks images of {@code base}, a labelled grayscale dataset with at most 10 classes (usually
   * {@link FashionMnist#train()}).
   *
   * @param base a labelled grayscale dataset with at most 10 classes
   * @param seeds the run's seeds, one epoch order per channel
   */
  public StackedFashionMnist(ImageDataset base, Seeds seeds) {
    this.base = Objects.requireNonNull(base, "base");
    if (base.channels() != 1) {
      throw new IllegalArgumentException(
          "stacking needs grayscale images, "
              + base.name()
              + " has "
              + base.channels()
              + " channels");
    }
    if (!base.hasLabels() || base.numClasses() > 10) {
      throw new IllegalArgumentException(
          "stacking needs labels with at most 10 classes (one decimal digit per channel), "
              + base.name()
              + " has "
              + base.numClasses());
    }
    for (int c = 0; c < CHANNELS; c++) {
      orders[c] = new EpochOrder(base.n(), seeds, EpochOrder.DEFAULT_PURPOSE + "/stacked-" + c);
    }
  }

  /**
   * {@return the label of a stack whose channels hold classes c0, c1, c2: {@code 100*c0 + 10*c1 +
   * c2}}
   *
   * @param c0 the class in channel 0
   * @param c1 the class in channel 1
   * @param c2 the class in channel 2
   */
  public static int label(int c0, int c1, int c2) {
    return 100 * c0 + 10 * c1 + c2;
  }

  /**
   * {@return the per-channel classes {c0, c1, c2} of a stacked label}
   *
   * @param label a stacked label, in [0, 1000)
   */
  public static int[] channelClasses(int label) {
    Objects.checkIndex(label, NUM_MODES);
    return new int[] {label / 100, label / 10 % 10, label % 10};
  }

  /** {@return the grayscale dataset the channels are drawn from} */
  public ImageDataset base() {
    return base;
  }

  /**
   * {@return the order channel {@code c} draws its images in}
   *
   * @param channel the channel, 0, 1 or 2
   */
  public EpochOrder order(int channel) {
    return orders[channel];
  }

  /** The number of images per channel per epoch. */
  @Override
  public int size() {
    return base.n();
  }

  @Override
  public int[] shape() {
    return new int[] {base.height(), base.width(), CHANNELS};
  }

  /** {@value #NUM_MODES}. */
  @Override
  public int numClasses() {
    return NUM_MODES;
  }

  @Override
  public Batch batch(long step, int batchSize) {
    int[][] idx = new int[CHANNELS][];
    for (int c = 0; c < CHANNELS; c++) {
      idx[c] = orders[c].batch(step, batchSize);
    }
    int hw = base.height() * base.width();
    byte[] pixels = base.pixelData();
    float[] values = new float[batchSize * hw * CHANNELS];
    int[] labels = new int[batchSize];
    for (int k = 0; k < batchSize; k++) {
      int out = k * hw * CHANNELS;
      for (int c = 0; c < CHANNELS; c++) {
        int src = idx[c][k] * hw;
        for (int p = 0; p < hw; p++) {
          values[out + p * CHANNELS + c] = PixelScaling.scale(pixels[src + p]);
        }
      }
      labels[k] = label(base.label(idx[0][k]), base.label(idx[1][k]), base.label(idx[2][k]));
    }
    return new Batch(new int[] {batchSize, base.height(), base.width(), CHANNELS}, values, labels);
  }

  @Override
  public Map<String, String> fileChecksums() {
    return base.fileChecksums();
  }
}
