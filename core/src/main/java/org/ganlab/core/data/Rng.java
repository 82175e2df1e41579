package org.ganlab.core.data;

import java.util.SplittableRandom;
import org.ganlab.core.config.Checks;

/**
 * The one random-number generator of the data package: {@link SplittableRandom} seeded from a
 * {@link org.ganlab.core.seed.Seeds} value, plus bounded integers, uniform doubles and Gaussians
 * derived here from its {@code nextLong()}.
 *
 * <p>Why this shape: {@code SplittableRandom(seed).nextLong()} is SplitMix64, unchanged since Java
 * 8, so a given seed gives the same stream on every JDK. The JDK's own {@code nextInt(bound)} and
 * {@code nextGaussian()} moved into {@code RandomSupport} in Java 17 and the Gaussian algorithm
 * changed then; deriving them here from {@code nextLong()} (with {@link StrictMath} for the
 * transcendental functions, which {@code Math} may replace by platform intrinsics) keeps data order
 * and synthetic samples identical across JDKs and machines. Public so that other modules' seeded
 * sampling (the text baselines of the metrics module) draws from the same generator.
 */
public final class Rng {
  private final SplittableRandom random;

  /**
   * A generator whose stream is a pure function of {@code seed} (use a {@code Seeds} value).
   *
   * @param seed the stream's seed
   */
  public Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** {@return the next 64 random bits (SplitMix64)} */
  public long nextLong() {
    return random.nextLong();
  }

  /** {@return uniform in [0, 1) with 53 random bits} */
  public double nextDouble() {
    return (random.nextLong() >>> 11) * 0x1.0p-53;
  }

  /**
   * {@return uniform in [0, bound) without modulo bias (rejection sampling on 31-bit draws)}
   *
   * @param bound the exclusive upper bound, at least 1
   */
  public int nextInt(int bound) {
    Checks.positive("bound", bound);
    // Reject the top partial block of [0, 2^31) so every residue is equally likely.
    int limit = Integer.MAX_VALUE - (int) ((Integer.MAX_VALUE % (long) bound + 1) % bound);
    while (true) {
      int r = (int) (random.nextLong() >>> 33);
      if (r <= limit) {
        return r % bound;
      }
    }
  }

  /** {@return a standard normal draw by the Box-Muller transform (one draw per two uniforms)} */
  public double nextGaussian() {
    // 1 - u lies in (0, 1], so the logarithm is finite.
    double u1 = 1.0 - nextDouble();
    double u2 = nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
  }

  /**
   * {@return a uniformly random permutation of 0..n-1 by Fisher-Yates (Durstenfeld), last slot
   * first}
   *
   * @param n the number of elements
   */
  public int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
