package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Draws subsets of row indices without replacement, deterministically from a 64-bit seed, in a way
 * that is short enough to re-implement anywhere (the test fixtures re-implement it in NumPy).
 *
 * <p>The random stream is SplitMix64 (Steele, Lea and Flood 2014; the generator behind {@code
 * java.util.SplittableRandom}): the state starts at the seed; each draw adds {@code
 * 0x9E3779B97F4A7C15} to the state and returns
 *
 * <pre>
 * z = state
 * z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9
 * z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
 * return z ^ (z >>> 31)
 * </pre>
 *
 * <p>(all arithmetic modulo 2^64). An index below {@code bound} is {@code Long.remainderUnsigned(z,
 * bound)}; its bias is below {@code bound / 2^64}, far under anything a metric can notice.
 *
 * <p>A subset of size {@code m} from {@code n} rows is the first {@code m} entries of a partial
 * Fisher–Yates shuffle of {@code 0, 1, ..., n-1}: for {@code i = 0 .. m-1}, draw {@code j = i +
 * index(n - i)} and swap entries {@code i} and {@code j}. Every subset starts again from the
 * identity order, so subset {@code s} depends only on the seed and the draws before it.
 */
final class SubsetSampler {
  private long state;

  /** A sampler whose stream starts at {@code seed}. */
  SubsetSampler(long seed) {
    this.state = seed;
  }

  /** The next 64-bit value of the SplitMix64 stream. */
  long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    long z = state;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** An index in {@code [0, bound)}. */
  int nextIndex(int bound) {
    checkArgument(bound > 0, "bound must be positive, got %s", bound);
    return (int) Long.remainderUnsigned(nextLong(), bound);
  }

  /** {@code m} distinct indices from {@code [0, n)}, by a partial Fisher–Yates shuffle. */
  int[] subset(int n, int m) {
    checkArgument(m >= 0 && m <= n, "cannot draw %s of %s rows without replacement", m, n);
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = 0; i < m; i++) {
      int j = i + nextIndex(n - i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int[] out = new int[m];
    System.arraycopy(perm, 0, out, 0, m);
    return out;
  }
}
