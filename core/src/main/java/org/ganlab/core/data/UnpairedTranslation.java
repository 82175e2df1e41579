package org.ganlab.core.data;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import org.ganlab.core.seed.Seeds;

/**
 * Unpaired two-domain data for image-to-image translation (CycleGAN-style) with a known true
 * mapping T, an {@link ImageTransform}, so translation quality can be measured against it.
 *
 * <p>Domain A is the original images of the first half of a dataset ({@code [0, n/2)}); domain B is
 * T applied to the images of the other, disjoint half ({@code [n/2, n)}). No image ever appears in
 * both domains, so no (x, T(x)) pair is ever seen in training; a translator A -> B is then judged
 * by its distance to T(x) on held-out images (e.g. the test set), and B -> A by its distance to x
 * given T(x). The split is fixed rather than seeded so that it does not change with the seed;
 * Fashion-MNIST's files are already in random order, so both halves hold every class.
 *
 * <p>T may change the number of channels ({@link ColourMap}: 1 to 3), so the domains' shapes are
 * {@link #shape()} (A, the dataset's) and {@link #shapeB()} (T's output shape). Without a T the
 * task is {@link InvertAndMirror}, ganlab's first task.
 *
 * <p>Each domain has its own seeded epoch order (purposes {@code "data-order/A"} and {@code
 * "data-order/B"}), so the batch of a step is a pure function of (root seed, step, batch size).
 */
public final class UnpairedTranslation implements UnpairedDataSource {
  private final ImageDataset data;
  private final ImageDataSource sourceA;
  private final ImageDataSource originalsB;
  private final DataSource sourceB;
  private final ImageTransform transform;

  /**
   * Splits {@code data} (at least two images) into the two domains of {@link InvertAndMirror}.
   *
   * @param data the images to split, at least two
   * @param seeds the run's seeds, which fix both domains' epoch orders
   */
  public UnpairedTranslation(ImageDataset data, Seeds seeds) {
    this(data, seeds, new InvertAndMirror());
  }

  /**
   * Splits {@code data} (at least two images) into domain A and domain B = T(second half).
   *
   * @param data the images to split, at least two
   * @param seeds the run's seeds, which fix both domains' epoch orders
   * @param transform T, the true mapping from domain A to domain B
   */
  public UnpairedTranslation(ImageDataset data, Seeds seeds, ImageTransform transform) {
    this.transform = Objects.requireNonNull(transform, "transform");
    this.data = Objects.requireNonNull(data, "data");
    if (data.n() < 2) {
      throw new IllegalArgumentException("need at least two images to split, got " + data.n());
    }
    int half = data.n() / 2;
    this.sourceA =
        new ImageDataSource(data.slice(0, half), seeds, EpochOrder.DEFAULT_PURPOSE + "/A");
    this.originalsB =
        new ImageDataSource(data.slice(half, data.n()), seeds, EpochOrder.DEFAULT_PURPOSE + "/B");
    this.sourceB = new Transformed(originalsB, transform);
  }

  /** {@return T, the true mapping from domain A to domain B} */
  public ImageTransform transform() {
    return transform;
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
   * sourceB().batch(s, b)} equals {@code transform().apply(originalsB().batch(s, b))}}
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

  /** Per-example shape {h, w, c} of domain A, the dataset's. */
  @Override
  public int[] shape() {
    return data.shape();
  }

  /** Per-example shape {h, w, c} of domain B, T's output shape. */
  @Override
  public int[] shapeB() {
    return transform.outputShape(data.shape());
  }

  /** Checksums of the files the dataset was read from. */
  @Override
  public Map<String, String> fileChecksums() {
    return ImmutableMap.copyOf(data.fileChecksums());
  }

  /** Domain B: applies T to every batch of the originals. */
  private static final class Transformed implements DataSource {
    private final ImageDataSource originals;
    private final ImageTransform transform;

    Transformed(ImageDataSource originals, ImageTransform transform) {
      this.originals = originals;
      this.transform = transform;
    }

    @Override
    public int size() {
      return originals.size();
    }

    @Override
    public int[] shape() {
      return transform.outputShape(originals.shape());
    }

    @Override
    public int numClasses() {
      return originals.numClasses();
    }

    @Override
    public Batch batch(long step, int batchSize) {
      return transform.apply(originals.batch(step, batchSize));
    }

    @Override
    public Map<String, String> fileChecksums() {
      return originals.fileChecksums();
    }
  }
}
