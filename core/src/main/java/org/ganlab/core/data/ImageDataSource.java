package org.ganlab.core.data;

import java.util.Map;
import java.util.Objects;
import org.ganlab.core.seed.Seeds;

/**
 * Batches of an {@link ImageDataset} in seeded epoch order (see {@link EpochOrder}): batch {@code
 * k} of size {@code b} is examples {@code [k*b, (k+1)*b)} of the concatenated per-epoch
 * permutations, pixels scaled to [-1, 1], with labels if the dataset has them.
 *
 * <p>Immutable (its epoch order caches a permutation safely), so thread-safe.
 */
public final class ImageDataSource implements DataSource {
  private final ImageDataset dataset;
  private final EpochOrder order;

  /**
   * Batches of {@code dataset} ordered by seeds derived under {@code "data-order"}.
   *
   * @param dataset the images
   * @param seeds the run's seeds
   */
  public ImageDataSource(ImageDataset dataset, Seeds seeds) {
    this(dataset, seeds, EpochOrder.DEFAULT_PURPOSE);
  }

  /**
   * Batches of {@code dataset} ordered by seeds derived under {@code purpose}, for when several
   * sources share one root seed and must not share an order.
   *
   * @param dataset the images
   * @param seeds the run's seeds
   * @param purpose the purpose the epoch seeds are derived under
   */
  public ImageDataSource(ImageDataset dataset, Seeds seeds, String purpose) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.order = new EpochOrder(dataset.n(), seeds, purpose);
  }

  /** {@return the dataset this source draws from} */
  public ImageDataset dataset() {
    return dataset;
  }

  /** {@return the example order} */
  public EpochOrder order() {
    return order;
  }

  @Override
  public int size() {
    return dataset.n();
  }

  @Override
  public int[] shape() {
    return dataset.shape();
  }

  @Override
  public int numClasses() {
    return dataset.numClasses();
  }

  @Override
  public Batch batch(long step, int batchSize) {
    return dataset.batchOf(order.batch(step, batchSize));
  }

  @Override
  public Map<String, String> fileChecksums() {
    return dataset.fileChecksums();
  }
}
