package org.ganlab.core.data;

import java.util.Objects;

/**
 * One step's data for paired translation: a batch of inputs and, example by example, the targets
 * they should be translated to ({@code input[i]} and {@code target[i]} are one pair).
 *
 * @param input the input images (e.g. edge maps)
 * @param target the target images, the same number, with the dataset's labels if it has them
 */
public record PairedBatch(Batch input, Batch target) {
  /**
   * Checks that both batches are present and hold the same number of examples.
   *
   * @param input the input images (e.g. edge maps)
   * @param target the target images, the same number, with the dataset's labels if it has them
   */
  public PairedBatch {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(target, "target");
    if (input.size() != target.size()) {
      throw new IllegalArgumentException(
          input.size() + " inputs but " + target.size() + " targets: pairs need one of each");
    }
  }
}
