package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * Intra-class FID of a class-conditional generator (Miyato and Koyama 2018, "cGANs with Projection
 * Discriminator", section 5; also StudioGAN's "intra-FID"): the mean over the classes of the FID
 * between the generated samples requested for class {@code c} and the real samples of class {@code
 * c}.
 *
 * <pre>intra-FID = (1 / K) sum_c FID({f(x) : x generated for c}, {f(x) : x real of class c})</pre>
 *
 * <p>Unlike the FID of all samples, which a generator scores well on while drawing the wrong class
 * for every label (as long as the classes are balanced overall), intra-FID penalizes both poor
 * images and a mismatch between requested and produced class. Each per-class FID is a {@link
 * FrechetInceptionDistance} on the rows of that class (so it is computed the same way, with the
 * same rank tolerance); with fewer generated samples per class than the full-set FID uses it is
 * biased upwards, so compare intra-FIDs only at the same number of samples per class.
 *
 * <p>Every class in {@code [0, classes)} must have at least two rows in both sets (a covariance
 * needs two samples).
 *
 * <p>Immutable and thread-safe, like the FID it applies per class.
 */
public final class IntraClassFid {
  private final FrechetInceptionDistance fid;

  /**
   * Per-class and mean values.
   *
   * @param mean the intra-class FID: the mean of {@code perClass}
   * @param perClass FID of class {@code c} at index {@code c}
   * @param singularClasses the classes whose FID had a singular covariance (no more rows of the
   *     class than feature dimensions in a set), so that their FID is biased upward; see {@link
   *     FrechetInceptionDistance.Result#singular()}
   */
  public record Result(double mean, List<Double> perClass, List<Integer> singularClasses) {
    /**
     * Copies the per-class list.
     *
     * @param mean the intra-class FID: the mean of {@code perClass}
     * @param perClass FID of class {@code c} at index {@code c}
     * @param singularClasses the classes whose FID had a singular covariance (no more rows of the
     *     class than feature dimensions in a set), so that their FID is biased upward; see {@link
     *     FrechetInceptionDistance.Result#singular()}
     */
    public Result {
      perClass = List.copyOf(perClass);
      singularClasses = List.copyOf(singularClasses);
    }
  }

  /** With the default {@link FrechetInceptionDistance}. */
  public IntraClassFid() {
    this(new FrechetInceptionDistance());
  }

  /**
   * With the given FID settings.
   *
   * @param fid the FID computed within each class
   */
  public IntraClassFid(FrechetInceptionDistance fid) {
    this.fid = fid;
  }

  /**
   * {@return intra-class FID}
   *
   * @param real real features {@code [n, d]}
   * @param realLabels the class of each real row
   * @param generated generated features {@code [m, d]}
   * @param requestedLabels the class each generated row was requested for
   * @param classes the number of classes K; every class must occur in both sets
   */
  public Result compute(
      FeatureMatrix real,
      int[] realLabels,
      FeatureMatrix generated,
      int[] requestedLabels,
      int classes) {
    checkArgument(classes > 0, "classes must be positive, got %s", classes);
    checkArgument(
        real.rows() == realLabels.length,
        "%s real rows but %s labels",
        real.rows(),
        realLabels.length);
    checkArgument(
        generated.rows() == requestedLabels.length,
        "%s generated rows but %s requested labels",
        generated.rows(),
        requestedLabels.length);
    int[][] realRows = rowsByClass(realLabels, classes, "real");
    int[][] generatedRows = rowsByClass(requestedLabels, classes, "generated");
    List<Double> perClass = new ArrayList<>(classes);
    List<Integer> singular = new ArrayList<>();
    double sum = 0;
    for (int c = 0; c < classes; c++) {
      FrechetInceptionDistance.Result r =
          fid.compute(real.selectRows(realRows[c]), generated.selectRows(generatedRows[c]));
      perClass.add(r.value());
      if (r.singular()) {
        singular.add(c);
      }
      sum += r.value();
    }
    return new Result(sum / classes, perClass, singular);
  }

  /** Row indices of each class, in row order; every class needs at least two rows. */
  private static int[][] rowsByClass(int[] labels, int classes, String what) {
    int[] counts = new int[classes];
    for (int i = 0; i < labels.length; i++) {
      int y = labels[i];
      checkArgument(
          y >= 0 && y < classes, "%s label %s of row %s out of [0, %s)", what, y, i, classes);
      counts[y]++;
    }
    int[][] rows = new int[classes][];
    for (int c = 0; c < classes; c++) {
      checkArgument(
          counts[c] >= 2,
          "class %s has %s %s rows; intra-class FID needs at least 2 per class",
          c,
          counts[c],
          what);
      rows[c] = new int[counts[c]];
    }
    int[] next = new int[classes];
    for (int i = 0; i < labels.length; i++) {
      rows[labels[i]][next[labels[i]]++] = i;
    }
    return rows;
  }
}
