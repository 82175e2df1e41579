package org.ganlab.core.data;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import org.ganlab.core.seed.Seeds;

/**
 * Unpaired two-domain data for image-to-image translation (CycleGAN-style) with a known true
 * mapping, so translation quality can be measured against it.
 *
 * <p>Domain A is the original images of the first half of a dataset ({@code [0, n/2)}); domain B is
 * {@link #transform T} applied to the images of the other, disjoint half ({@code [n/2, n)}). No
 * image ever appears in both domains, so no (x, T(x)) pair is ever seen in training; a translator A
 * -> B is then judged by its distance to T(x) on held-out images (e.g. the test set). The split is
 * fixed rather than seeded so that it does not change with the seed; Fashion-MNIST's files are
 * already in random order, so both halves hold every class.
 *
 * <p>T inverts intensities and flips horizontally. On images scaled to [-1, 1], inversion {@code
 * 255 - x} is exactly negation, so T is exact in float arithmetic and is its own inverse: T(T(x))
 * == x bit for bit.
 *
 * <p>Each domain has its own seeded epoch order (purposes {@code "data-order/A"} and {@code
 * "data-order/B"}), so the batch of a step is a pure function of (root seed, step, batch size).
 */
public final class UnpairedTranslation implements UnpairedDataSource {
  private final ImageDataset data;
  private final ImageDataSource sourceA;
  private final ImageDataSource originalsB;
  private final DataSource sourceB;

  /**
   * Splits {@code data} (at least two images) into the two domains.
   *
   * @param data the images to split, at least two
   * @param seeds the run's seeds, which fix both domains' epoch orders
   */
  public UnpairedTranslation(ImageDataset data, Seeds seeds) {
    this.data = Objects.requireNonNull(data, "data");
    if (data.n() < 2) {
      throw new IllegalArgumentException("need at least two images to split, got " + data.n());
    }
    int half = data.n() / 2;
    this.sourceA =
        new ImageDataSource(data.slice(0, half), seeds, EpochOrder.DEFAULT_PURPOSE + "/A");
    this.originalsB =
        new ImageDataSource(data.slice(half, data.n()), seeds, EpochOrder.DEFAULT_PURPOSE + "/B");
    this.sourceB = new Transformed(originalsB);
  }

  /**
   * {@return the true mapping T on a batch of images in [-1, 1] with shape {@code [n, h, w, c]}:
   * intensity inversion ({@code -x}) and horizontal flip} Labels are kept. T is an involution.
   *
   * @param images a batch {@code [n, h, w, c]} in [-1, 1]
   */
  public static Batch transform(Batch images) {
    return new Batch(
        images.shape().clone(),
        transform(images.values(), images.shape()),
        images.labels() == null ? null : images.labels().clone());
  }

  /**
   * {@return the true mapping T on NHWC float images in [-1, 1] (e.g. a generator's output): {@code
   * out[n][y][x][c] = -in[n][y][w-1-x][c]}} Returns a new array.
   *
   * @param nhwc the images, flattened NHWC in [-1, 1]
   * @param shape {@code {n, h, w, c}}
   */
  public static float[] transform(float[] nhwc, int[] shape) {
    if (shape.length != 4) {
      throw new IllegalArgumentException("T needs NHWC images, got rank " + shape.length);
    }
    int n = shape[0];
    int h = shape[1];
    int w = shape[2];
    int c = shape[3];
    if ((long) n * h * w * c != nhwc.length) {
      throw new IllegalArgumentException("shape does not match " + nhwc.length + " values");
    }
    float[] out = new float[nhwc.length];
    for (int row = 0; row < n * h; row++) {
      int base = row * w * c;
      for (int x = 0; x < w; x++) {
        int src = base + (w - 1 - x) * c;
        int dst = base + x * c;
        for (int ch = 0; ch < c; ch++) {
          out[dst + ch] = -nhwc[src + ch];
        }
      }
    }
    return out;
  }

  /** {@return the dataset that was split} */
  public ImageDataset data() {
    return data;
  }

  /**
   * The batches of both domains for {@code step}: {@code sourceA().batch(step, batchSize)} and
   * {@code sourceB().batch(step, batchSize)}.
   */
  @Override
  public UnpairedBatch batch(long step, int batchSize) {
    return new UnpairedBatch(sourceA.batch(step, batchSize), sourceB.batch(step, batchSize));
  }

  /** {@return domain A: original images {@code [0, n/2)} of the dataset} */
  public ImageDataSource sourceA() {
    return sourceA;
  }

  /** {@return domain B: T(image) for images {@code [n/2, n)} of the dataset} */
  public DataSource sourceB() {
    return sourceB;
  }

  /**
   * {@return the untransformed originals behind domain B, in domain B's order: {@code
   * sourceB().batch(s, b)} equals {@code transform(originalsB().batch(s, b))}}
   */
  public ImageDataSource originalsB() {
    return originalsB;
  }

  /** {@return index range {@code [from, to)} of domain A in the dataset} */
  public int[] rangeA() {
    return new int[] {0, data.n() / 2};
  }

  /** {@return index range {@code [from, to)} of domain B in the dataset} */
  public int[] rangeB() {
    return new int[] {data.n() / 2, data.n()};
  }

  /** Per-example shape {h, w, c}, the same in both domains. */
  @Override
  public int[] shape() {
    return data.shape();
  }

  /** Checksums of the files the dataset was read from. */
  @Override
  public Map<String, String> fileChecksums() {
    return ImmutableMap.copyOf(data.fileChecksums());
  }

  /** Domain B: applies T to every batch of the originals. */
  private static final class Transformed implements DataSource {
    private final ImageDataSource originals;

    Transformed(ImageDataSource originals) {
      this.originals = originals;
    }

    @Override
    public int size() {
      return originals.size();
    }

    @Override
    public int[] shape() {
      return originals.shape();
    }

    @Override
    public int numClasses() {
      return originals.numClasses();
    }

    @Override
    public Batch batch(long step, int batchSize) {
      return transform(originals.batch(step, batchSize));
    }

    @Override
    public Map<String, String> fileChecksums() {
      return originals.fileChecksums();
    }
  }
}
