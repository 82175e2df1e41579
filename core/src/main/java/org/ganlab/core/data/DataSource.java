package org.ganlab.core.data;

import java.util.Map;

/**
 * Where a trainer gets its real data: a batch for each training step.
 *
 * <p>The contract that makes runs reproducible and resumable: {@link #batch} is a pure function of
 * (the source's root seed, step, batch size). It may be called for any step in any order, and the
 * batch for step {@code k} does not depend on which steps were requested before. Randomness must
 * come from {@link org.ganlab.core.seed.Seeds}.
 */
public interface DataSource {
  /** Returned by {@link #size()} for a source that draws fresh samples from a distribution. */
  int UNBOUNDED = -1;

  /**
   * {@return the number of distinct examples, i.e. the length of an epoch, or {@link #UNBOUNDED}
   * for a source that samples a distribution afresh at every step (the 2D mixtures)}
   */
  int size();

  /**
   * {@return the shape of one example: {@code {height, width, channels}} (HWC) for images, {2} for
   * 2D}
   */
  int[] shape();

  /** {@return the number of classes the labels range over, or 0 if batches carry no labels} */
  int numClasses();

  /**
   * {@return the batch for training step {@code step}: {@code batchSize} examples with shape {@code
   * [batchSize, shape()...]}, images scaled to [-1, 1]}
   *
   * @param step the training step, {@code >= 0}
   * @param batchSize the number of examples, {@code > 0}
   */
  Batch batch(long step, int batchSize);

  /**
   * {@return checksums of the files this source read, for the run's provenance: file name (or
   * resource name) to lowercase hex SHA-256 of its bytes} Empty for purely synthetic sources.
   */
  Map<String, String> fileChecksums();
}
