package org.ganlab.core.data;

import java.util.Map;
import java.util.Objects;
import org.ganlab.core.seed.Seeds;

/**
 * Paired data for image-to-image translation made from one dataset and a fixed transform T (such as
 * {@link SobelEdges}): the target is the image itself, the input is T(image). Every pair is known,
 * so a translator's output can be compared with the true image on held-out data.
 *
 * <p>Batches follow the dataset's seeded epoch order ({@link ImageDataSource}, purpose {@code
 * "data-order"}): batch {@code k}'s targets are {@code targets().batch(k, b)} and its inputs T of
 * them, so a batch is a pure function of (root seed, step, batch size). The targets keep their
 * labels.
 */
public final class PairedTranslation implements PairedDataSource {
  private final ImageDataSource targets;
  private final ImageTransform transform;

  /**
   * Pairs (T(x), x) for every image x of {@code data}.
   *
   * @param data the images, which are the targets
   * @param seeds the run's seeds, which fix the epoch order
   * @param transform T, from a target to its input
   */
  public PairedTranslation(ImageDataset data, Seeds seeds, ImageTransform transform) {
    this.targets = new ImageDataSource(Objects.requireNonNull(data, "data"), seeds);
    this.transform = Objects.requireNonNull(transform, "transform");
  }

  /** {@return T, from a target to its input} */
  public ImageTransform transform() {
    return transform;
  }

  /** {@return the targets, in the batches' order} */
  public ImageDataSource targets() {
    return targets;
  }

  /** {@return the dataset whose images are the targets} */
  public ImageDataset dataset() {
    return targets.dataset();
  }

  /**
   * {@return the pairs (T(x), x) of the images at {@code indices} of {@code data}, in that order}
   * For held-out pairs outside training (e.g. the first images of a test set).
   *
   * @param data the images
   * @param indices the images to pair, each in [0, n)
   * @param transform T
   */
  public static PairedBatch pairsOf(ImageDataset data, int[] indices, ImageTransform transform) {
    Batch target = data.batchOf(indices);
    return new PairedBatch(transform.apply(target), target);
  }

  @Override
  public PairedBatch batch(long step, int batchSize) {
    Batch target = targets.batch(step, batchSize);
    return new PairedBatch(transform.apply(target), target);
  }

  @Override
  public int[] inputShape() {
    return transform.outputShape(targets.shape());
  }

  @Override
  public int[] targetShape() {
    return targets.shape();
  }

  @Override
  public int numClasses() {
    return targets.numClasses();
  }

  @Override
  public Map<String, String> fileChecksums() {
    return targets.fileChecksums();
  }

  @Override
  public String toString() {
    return "PairedTranslation[" + transform.describe() + " of " + targets.dataset() + "]";
  }
}
