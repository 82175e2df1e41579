package org.ganlab.metrics.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.FeatureStatistics;
import org.ganlab.metrics.FrechetInceptionDistance;

/**
 * Times FID between two random feature sets with this module's implementation (a Cholesky factor
 * and symmetric eigenvalues, see {@link FrechetInceptionDistance}) and with the textbook
 * formulation (covariances + a general matrix square root of {@code S1 S2} via TensorFlow's {@code
 * MatrixSquareRoot}), in one run, and reports both times, their ratio and the relative difference
 * of the two values.
 *
 * <p>Both timings start from the feature matrices, so both include the two covariance matmuls.
 * Before timing, both paths run once on a tiny input so that TensorFlow's one-time start-up is not
 * charged to either.
 *
 * <p>Run it as {@code ganlab bench fid [--n 10000] [--dim 2048] [--seed 1] [--no-textbook]}. Expect
 * several minutes at the default size: the textbook square root dominates.
 */
public final class FidBenchmark {

  /**
   * What to time.
   *
   * @param samples rows of each feature set (default 10,000)
   * @param dim feature dimension (default 2,048, InceptionV3's pool features)
   * @param seed seed of the random features
   * @param textbook whether to time the textbook formulation too (minutes at the default size, so a
   *     timing of this module's FID alone can leave it out)
   */
  public record Config(int samples, int dim, long seed, boolean textbook) {
    /** Two 10,000 x 2,048 sets, both formulations. */
    public static final Config DEFAULT = new Config(10_000, 2_048, 1L, true);

    /**
     * Validates the settings.
     *
     * @param samples rows of each feature set (default 10,000)
     * @param dim feature dimension (default 2,048, InceptionV3's pool features)
     * @param seed seed of the random features
     * @param textbook whether to time the textbook formulation too
     */
    public Config {
      checkArgument(samples >= 2, "samples must be >= 2, got %s", samples);
      checkArgument(dim >= 1, "dim must be >= 1, got %s", dim);
    }
  }

  /**
   * Timings and values of one run.
   *
   * @param samples rows per set
   * @param dim feature dimension
   * @param fastSeconds wall-clock seconds of this module's FID
   * @param textbookSeconds wall-clock seconds of the textbook FID (NaN when not timed, as every
   *     textbook field and the ratios)
   * @param speedup {@code textbookSeconds / fastSeconds}
   * @param fastCpuSeconds CPU seconds of the whole process (all threads, TensorFlow's included)
   *     during this module's FID, or NaN if the JVM cannot tell
   * @param textbookCpuSeconds the same for the textbook FID
   * @param fastValue FID from this module
   * @param textbookValue FID from the textbook formulation
   * @param relativeDifference {@code |fast - textbook| / |textbook|}
   */
  public record Result(
      int samples,
      int dim,
      double fastSeconds,
      double textbookSeconds,
      double speedup,
      double fastCpuSeconds,
      double textbookCpuSeconds,
      double fastValue,
      double textbookValue,
      double relativeDifference) {

    /** {@return a human-readable report} */
    public String report() {
      String fast =
          String.format(
              Locale.ROOT,
              "FID of two %d x %d feature sets%n"
                  + "  ganlab (this module): %10.3f s wall, %10.3f s CPU   FID = %.12f%n",
              samples,
              dim,
              fastSeconds,
              fastCpuSeconds,
              fastValue);
      if (Double.isNaN(textbookValue)) {
        return fast + String.format("  textbook (sqrtm):     not timed (--no-textbook)%n");
      }
      return fast
          + String.format(
              Locale.ROOT,
              "  textbook (sqrtm):     %10.3f s wall, %10.3f s CPU   FID = %.12f%n"
                  + "  speedup %.2fx wall (%.2fx CPU), relative difference %.3e%n",
              textbookSeconds,
              textbookCpuSeconds,
              textbookValue,
              speedup,
              textbookCpuSeconds / fastCpuSeconds,
              relativeDifference);
    }
  }

  private FidBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param config the number of rows, the dimension and the seed of the random features
   * @return the CPU time and FID value of this module's and the textbook formulation, and their
   *     relative difference
   */
  public static Result run(Config config) {
    FrechetInceptionDistance fid = new FrechetInceptionDistance();
    // Warm-up on a tiny problem: loads kernels and initialises the runtime for both paths.
    FeatureMatrix wa = randomFeatures(16, 4, 0.0, 1.0, 7L);
    FeatureMatrix wb = randomFeatures(16, 4, 0.1, 1.1, 8L);
    fid.distance(wa, wb);
    if (config.textbook()) {
      TextbookFid.distance(fid.statistics(wa), fid.statistics(wb));
    }

    FeatureMatrix a = randomFeatures(config.samples(), config.dim(), 0.0, 1.0, config.seed());
    FeatureMatrix b = randomFeatures(config.samples(), config.dim(), 0.05, 1.1, config.seed() + 1);

    double c0 = processCpuSeconds();
    long t0 = System.nanoTime();
    double fast = fid.distance(a, b);
    long t1 = System.nanoTime();
    double c1 = processCpuSeconds();
    double fastSeconds = (t1 - t0) / 1e9;
    if (!config.textbook()) {
      double nan = Double.NaN;
      return new Result(
          config.samples(), config.dim(), fastSeconds, nan, nan, c1 - c0, nan, fast, nan, nan);
    }
    FeatureStatistics sa = fid.statistics(a);
    FeatureStatistics sb = fid.statistics(b);
    double textbook = TextbookFid.distance(sa, sb);
    long t2 = System.nanoTime();
    double c2 = processCpuSeconds();

    double textbookSeconds = (t2 - t1) / 1e9;
    return new Result(
        config.samples(),
        config.dim(),
        fastSeconds,
        textbookSeconds,
        textbookSeconds / fastSeconds,
        c1 - c0,
        c2 - c1,
        fast,
        textbook,
        Math.abs(fast - textbook) / Math.abs(textbook));
  }

  /**
   * CPU time of the whole process, native threads included. Reported next to wall time because on a
   * shared machine other processes inflate wall time, not CPU time (though the textbook square root
   * is single-threaded while this module's matmuls use every core, so the CPU ratio understates the
   * wall-clock gain on an idle machine).
   */
  static double processCpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      long ns = os.getProcessCpuTime();
      return ns < 0 ? Double.NaN : ns / 1e9;
    }
    return Double.NaN;
  }

  /** Gaussian features {@code mean + scale * N(0, 1)}, from a seeded generator. */
  static FeatureMatrix randomFeatures(int n, int d, double mean, double scale, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] data = new double[Math.multiplyExact(n, d)];
    for (int i = 0; i < data.length; i++) {
      data[i] = mean + scale * random.nextGaussian();
    }
    return FeatureMatrix.wrapRowMajor(n, d, data);
  }
}
