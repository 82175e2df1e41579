package org.ganlab.core.data;

import java.util.Map;

/**
 * Where a paired translation trainer (pix2pix-style) gets its data: for each step, a batch of
 * (input, target) pairs.
 *
 * <p>The same contract as {@link DataSource}: {@link #batch} is a pure function of (the source's
 * root seed, step, batch size), so a resumed run reads the same batches as an uninterrupted one.
 */
public interface PairedDataSource {
  /** {@return the shape of one input, {@code {height, width, channels}}} */
  int[] inputShape();

  /** {@return the shape of one target, {@code {height, width, channels}}} */
  int[] targetShape();

  /** {@return the number of classes the targets' labels range over, or 0 if unlabelled} */
  int numClasses();

  /**
   * {@return the pairs of training step {@code step}: {@code batchSize} inputs and their targets,
   * images scaled to [-1, 1]}
   *
   * @param step the training step, from 0
   * @param batchSize the pairs per batch
   */
  PairedBatch batch(long step, int batchSize);

  /**
   * {@return checksums of the files this source read, for provenance (file name to hex SHA-256)}
   */
  Map<String, String> fileChecksums();
}
