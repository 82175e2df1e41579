package org.ganlab.core.data;

import java.util.Objects;

/**
 * One step's data for unpaired translation: a batch from domain A and an unrelated batch from
 * domain B (the examples are not pairs; see {@link UnpairedTranslation}).
 *
 * @param a images of domain A
 * @param b images of domain B
 */
public record UnpairedBatch(Batch a, Batch b) {
  /**
   * Checks that both batches are present.
   *
   * @param a images of domain A
   * @param b images of domain B
   */
  public UnpairedBatch {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
  }
}
