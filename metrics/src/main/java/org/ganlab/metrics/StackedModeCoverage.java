package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * Mode coverage on stacked (Fashion-)MNIST, as in Unrolled GAN (Metz et al. 2017), VEEGAN and
 * PacGAN: each generated image has three channels, a classifier predicts a class for each channel
 * separately, and the triple of classes is the sample's mode ({@code 10^3 = 1000} modes).
 *
 * <ul>
 *   <li>modes covered = number of distinct triples that occur at least once;
 *   <li>KL = {@code KL(p || uniform) = sum_{p_m > 0} p_m log(p_m * M)} with {@code p} the
 *       normalised histogram of modes and {@code M} the number of modes (natural log), as in
 *       PacGAN's evaluation code.
 * </ul>
 *
 * <p>The mode index is {@code c0 * C^(K-1) + c1 * C^(K-2) + ... + c_{K-1}} for channel classes
 * {@code c0..c_{K-1}} and {@code C} classes per channel (so {@code 100 c0 + 10 c1 + c2} for the
 * standard setting).
 *
 * <p>Immutable and thread-safe (plain Java arithmetic, no native resources).
 */
public final class StackedModeCoverage {

  /**
   * The mode space.
   *
   * @param channels stacked images per sample (default 3)
   * @param classesPerChannel classes the per-channel classifier predicts (default 10)
   */
  public record Config(int channels, int classesPerChannel) {
    /** 3 channels of 10 classes: 1000 modes. */
    public static final Config DEFAULT = new Config(3, 10);

    /**
     * Validates the settings.
     *
     * @param channels stacked images per sample (default 3)
     * @param classesPerChannel classes the per-channel classifier predicts (default 10)
     */
    public Config {
      checkArgument(channels >= 1, "channels must be >= 1, got %s", channels);
      checkArgument(
          classesPerChannel >= 2, "classesPerChannel must be >= 2, got %s", classesPerChannel);
      checkArgument(
          Math.pow(classesPerChannel, channels) <= Integer.MAX_VALUE - 8,
          "too many modes: %s^%s",
          classesPerChannel,
          channels);
    }

    /** {@return {@code classesPerChannel ^ channels}} */
    public int modes() {
      int m = 1;
      for (int i = 0; i < channels; i++) {
        m *= classesPerChannel;
      }
      return m;
    }
  }

  /**
   * Coverage of one sample set.
   *
   * @param modesCovered distinct modes with at least one sample
   * @param modes the number of modes
   * @param klToUniform {@code KL(mode histogram || uniform)}, natural log
   * @param histogram samples per mode, indexed by mode
   */
  public record Result(int modesCovered, int modes, double klToUniform, long[] histogram) {
    /**
     * Copies the histogram.
     *
     * @param modesCovered distinct modes with at least one sample
     * @param modes the number of modes
     * @param klToUniform {@code KL(mode histogram || uniform)}, natural log
     * @param histogram samples per mode, indexed by mode
     */
    public Result {
      histogram = histogram.clone();
    }

    /** {@return a copy of the histogram} */
    @Override
    public long[] histogram() {
      return histogram.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Result r
          && modesCovered == r.modesCovered
          && modes == r.modes
          && Double.compare(klToUniform, r.klToUniform) == 0
          && Arrays.equals(histogram, r.histogram);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(histogram);
    }

    @Override
    public String toString() {
      return "Result[modesCovered="
          + modesCovered
          + "/"
          + modes
          + ", klToUniform="
          + klToUniform
          + "]";
    }
  }

  private final Config config;

  /** 1000 modes (3 channels of 10 classes). */
  public StackedModeCoverage() {
    this(Config.DEFAULT);
  }

  /**
   * The given mode space.
   *
   * @param config the number of channels and classes per channel
   */
  public StackedModeCoverage(Config config) {
    this.config = config;
  }

  /** {@return the mode space} */
  public Config config() {
    return config;
  }

  /**
   * {@return coverage from per-channel predicted classes {@code [n][channels]}}
   *
   * @param channelClasses the predicted class of each channel of each sample, {@code [n][channels]}
   */
  public Result compute(int[][] channelClasses) {
    checkArgument(channelClasses.length > 0, "no samples");
    int modes = config.modes();
    long[] hist = new long[modes];
    for (int i = 0; i < channelClasses.length; i++) {
      int[] c = channelClasses[i];
      checkArgument(
          c.length == config.channels(),
          "sample %s has %s channel classes, need %s",
          i,
          c.length,
          config.channels());
      int mode = 0;
      for (int k = 0; k < c.length; k++) {
        checkArgument(
            c[k] >= 0 && c[k] < config.classesPerChannel(),
            "sample %s, channel %s: class %s out of [0, %s)",
            i,
            k,
            c[k],
            config.classesPerChannel());
        mode = mode * config.classesPerChannel() + c[k];
      }
      hist[mode]++;
    }
    int covered = 0;
    double kl = 0;
    double n = channelClasses.length;
    for (long h : hist) {
      if (h > 0) {
        covered++;
        double p = h / n;
        kl += p * Math.log(p * modes);
      }
    }
    return new Result(covered, modes, kl, hist);
  }
}
