package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Inception Score (Salimans et al. 2016) from class probabilities {@code p(y|x)}, one row per
 * sample: {@code IS = exp(E_x KL(p(y|x) || p(y)))}, where {@code p(y)} is the mean of the rows.
 *
 * <p>As in the original OpenAI code, the rows are cut into {@link Config#splits()} consecutive
 * chunks (default 10; chunk {@code i} is rows {@code [i*n/splits, (i+1)*n/splits)} with integer
 * division), the score is computed within each chunk with that chunk's own {@code p(y)}, and the
 * result is the mean and population standard deviation ({@code numpy.std}) of the chunk scores.
 * Rows are not shuffled. {@code 0 * log 0} counts as 0.
 *
 * <p>Plain Java arithmetic: this is a few sums and logarithms per entry, not linear algebra, and
 * doing it in float64 Java keeps it bit-reproducible.
 *
 * <p>Immutable and thread-safe (plain Java arithmetic, no native resources).
 */
public final class InceptionScore {

  /**
   * Settings.
   *
   * @param splits number of consecutive chunks (default 10)
   */
  public record Config(int splits) {
    /** 10 splits. */
    public static final Config DEFAULT = new Config(10);

    /**
     * Validates the settings.
     *
     * @param splits number of consecutive chunks (default 10)
     */
    public Config {
      checkArgument(splits >= 1, "splits must be >= 1, got %s", splits);
    }
  }

  /**
   * Mean and standard deviation of the per-split scores.
   *
   * @param mean the Inception Score
   * @param std population standard deviation over the splits
   */
  public record Result(double mean, double std) {}

  /** How far a row may sum away from 1 before it is taken for logits rather than probabilities. */
  private static final double ROW_SUM_TOLERANCE = 1e-3;

  private final Config config;

  /** Inception Score with 10 splits. */
  public InceptionScore() {
    this(Config.DEFAULT);
  }

  /**
   * Inception Score with the given settings.
   *
   * @param config the number of splits
   */
  public InceptionScore(Config config) {
    this.config = config;
  }

  /** {@return the settings} */
  public Config config() {
    return config;
  }

  /**
   * {@return the score of class probabilities {@code [n, classes]} (rows non-negative, summing to
   * 1)}
   *
   * @param probabilities the class probabilities of each sample, {@code [n][classes]}
   */
  public Result compute(double[][] probabilities) {
    int n = probabilities.length;
    int splits = config.splits();
    checkArgument(n >= splits, "need at least %s rows for %s splits, got %s", splits, splits, n);
    int c = probabilities[0].length;
    for (int i = 0; i < n; i++) {
      double[] row = probabilities[i];
      checkArgument(row.length == c, "row %s has %s classes, row 0 has %s", i, row.length, c);
      double sum = 0;
      for (int j = 0; j < c; j++) {
        if (!(row[j] >= 0 && row[j] <= 1)) {
          throw new IllegalArgumentException(
              "row " + i + ", class " + j + " is not a probability: " + row[j]);
        }
        sum += row[j];
      }
      if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
        throw new IllegalArgumentException(
            "row " + i + " sums to " + sum + ", not 1: pass softmax probabilities, not logits");
      }
    }
    double[] scores = new double[splits];
    for (int s = 0; s < splits; s++) {
      int from = (int) ((long) s * n / splits);
      int to = (int) ((long) (s + 1) * n / splits);
      double[] marginal = new double[c];
      for (int i = from; i < to; i++) {
        for (int j = 0; j < c; j++) {
          marginal[j] += probabilities[i][j];
        }
      }
      for (int j = 0; j < c; j++) {
        marginal[j] /= (to - from);
      }
      double kl = 0;
      for (int i = from; i < to; i++) {
        for (int j = 0; j < c; j++) {
          double p = probabilities[i][j];
          if (p > 0) {
            kl += p * (Math.log(p) - Math.log(marginal[j]));
          }
        }
      }
      scores[s] = Math.exp(kl / (to - from));
    }
    double mean = 0;
    for (double v : scores) {
      mean += v;
    }
    mean /= splits;
    double var = 0;
    for (double v : scores) {
      var += (v - mean) * (v - mean);
    }
    return new Result(mean, Math.sqrt(var / splits));
  }

  /**
   * {@return the score of class probabilities held in a matrix (rows = samples)}
   *
   * @param probabilities the class probabilities, one row per sample
   */
  public Result compute(FeatureMatrix probabilities) {
    return compute(probabilities.toArray());
  }
}
