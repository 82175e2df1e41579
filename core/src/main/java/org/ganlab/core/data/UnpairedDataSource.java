package org.ganlab.core.data;

import java.util.Map;

/**
 * Where a translation trainer (CycleGAN-style) gets its data: for each step, a batch of domain A
 * and an unrelated batch of domain B.
 *
 * <p>The same contract as {@link DataSource}: {@link #batch} is a pure function of (the source's
 * root seed, step, batch size), so a resumed run reads the same batches as an uninterrupted one.
 */
public interface UnpairedDataSource {
  /** {@return the shape of one example of domain A, {@code {height, width, channels}}} */
  int[] shape();

  /**
   * {@return the shape of one example of domain B} The same as domain A's unless the domains differ
   * in channels (e.g. grayscale and colour).
   */
  default int[] shapeB() {
    return shape();
  }

  /**
   * {@return the two batches of training step {@code step}, each of {@code batchSize} images scaled
   * to [-1, 1]}
   *
   * @param step the training step, from 0
   * @param batchSize the images per domain batch
   */
  UnpairedBatch batch(long step, int batchSize);

  /**
   * {@return checksums of the files this source read, for provenance (file name to hex SHA-256)}
   */
  Map<String, String> fileChecksums();
}
