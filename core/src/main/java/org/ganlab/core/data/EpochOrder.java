package org.ganlab.core.data;

import java.util.Objects;
import org.ganlab.core.config.Checks;
import org.ganlab.core.seed.Seeds;

/**
 * The order in which a finite source visits its examples: an infinite sequence that is the
 * concatenation of one random permutation of {@code 0..n-1} per epoch.
 *
 * <p>The permutation of epoch {@code e} is a Fisher-Yates shuffle driven by {@code
 * SplittableRandom(seeds.seed(purpose, e))} (see {@code Rng} for why that generator), so position
 * {@code p} of the sequence is a pure function of (root seed, purpose, p). Batch {@code k} of size
 * {@code b} is positions {@code [k*b, (k+1)*b)}: a batch that straddles an epoch boundary takes the
 * end of one permutation and the start of the next, every example appears exactly once per epoch,
 * and a resumed run reads the same batches as an uninterrupted one.
 *
 * <p>Immutable in meaning; it keeps the most recently used permutation in a volatile field so that
 * consecutive batches do not reshuffle, which is safe to share between threads because the cached
 * value is itself immutable and recomputable.
 */
public final class EpochOrder {
  /** The purpose under which data-order seeds are derived by default. */
  public static final String DEFAULT_PURPOSE = "data-order";

  private final int n;
  private final Seeds seeds;
  private final String purpose;
  private volatile Cached cached;

  private record Cached(long epoch, int[] permutation) {}

  /**
   * The order of {@code n} examples with seeds derived under {@link #DEFAULT_PURPOSE}.
   *
   * @param n the number of examples, at least 1
   * @param seeds the run's seeds
   */
  public EpochOrder(int n, Seeds seeds) {
    this(n, seeds, DEFAULT_PURPOSE);
  }

  /**
   * The order of {@code n} examples with seeds derived under {@code purpose}; sources that need
   * several independent orders (e.g. two domains) use different purposes.
   *
   * @param n the number of examples, at least 1
   * @param seeds the run's seeds
   * @param purpose the purpose the epoch seeds are derived under
   */
  public EpochOrder(int n, Seeds seeds, String purpose) {
    if (n <= 0) {
      throw new IllegalArgumentException("need at least one example, got " + n);
    }
    this.n = n;
    this.seeds = Objects.requireNonNull(seeds, "seeds");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
  }

  /** {@return the number of examples per epoch} */
  public int size() {
    return n;
  }

  /** {@return the purpose the epoch seeds are derived under} */
  public String purpose() {
    return purpose;
  }

  /**
   * {@return a copy of the permutation of epoch {@code epoch}}
   *
   * @param epoch the epoch, from 0
   */
  public int[] permutation(long epoch) {
    return permutationShared(epoch).clone();
  }

  /**
   * {@return the example at position {@code position} of the infinite sequence}
   *
   * @param position the position, from 0: epoch {@code position / n}, slot {@code position % n}
   */
  public int index(long position) {
    Checks.nonNegative("position", position);
    return permutationShared(position / n)[(int) (position % n)];
  }

  /**
   * {@return the examples of batch {@code step}: positions {@code [step*b, (step+1)*b)}}
   *
   * @param step the training step, from 0
   * @param batchSize b, the examples per batch
   */
  public int[] batch(long step, int batchSize) {
    Checks.nonNegative("step", step);
    Checks.positive("batch size", batchSize);
    long start = Math.multiplyExact(step, (long) batchSize);
    int[] out = new int[batchSize];
    for (int i = 0; i < batchSize; i++) {
      out[i] = index(start + i);
    }
    return out;
  }

  // Never hand this array out: callers get copies.
  private int[] permutationShared(long epoch) {
    Cached c = cached;
    if (c == null || c.epoch() != epoch) {
      c = new Cached(epoch, new Rng(seeds.seed(purpose, epoch)).permutation(n));
      cached = c;
    }
    return c.permutation();
  }
}
