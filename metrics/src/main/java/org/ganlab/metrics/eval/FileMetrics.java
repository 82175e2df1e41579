package org.ganlab.metrics.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.ganlab.core.data.DataFileException;
import org.ganlab.metrics.DensityCoverage;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.FeatureStatistics;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.InceptionScore;
import org.ganlab.metrics.KernelInceptionDistance;
import org.ganlab.metrics.PrecisionRecall;
import org.ganlab.metrics.io.NpzStatistics;

/**
 * The metrics of files, as {@code ganlab metrics} computes them: FID, KID, Inception Score,
 * precision/recall and density/coverage of the inputs {@link MetricInputs} reads ({@code .npy}
 * features, {@code .npz} statistics, IDX image files, PNG folders). Each method reads its inputs,
 * tells the listener what each gave, checks that the two feature dimensions agree and computes the
 * metric.
 *
 * <pre>{@code
 * try (MetricInputs inputs = new MetricInputs(FashionClassifier::pretrained)) {
 *   double fid = new FileMetrics(inputs).fid(Path.of("real-idx3-ubyte"), Path.of("samples/"));
 * }
 * }</pre>
 */
public final class FileMetrics {
  /** Told what each input gave, once it is read. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param role the input's role: {@code A} or {@code B} (FID, KID), {@code REAL} or {@code
     *     GENERATED} (precision/recall, density/coverage), {@code IMAGES} (Inception Score)
     * @param path the file or folder that was read
     * @param what what it gave, e.g. "200 x 128 features"
     */
    void read(String role, Path path, String what);
  }

  private final MetricInputs inputs;
  private final Listener listener;

  /**
   * Metrics of what {@code inputs} reads, telling {@code listener} what each input gave.
   *
   * @param inputs reads and recognises the input files
   * @param listener is told what each input gave
   */
  public FileMetrics(MetricInputs inputs, Listener listener) {
    this.inputs = inputs;
    this.listener = listener;
  }

  /**
   * Metrics of what {@code inputs} reads.
   *
   * @param inputs reads and recognises the input files
   */
  public FileMetrics(MetricInputs inputs) {
    this(inputs, (role, path, what) -> {});
  }

  /**
   * {@return FID of {@code a} and {@code b}; either may be {@code .npz} statistics}
   *
   * @param a one input: images, a {@code .npy} feature matrix or {@code .npz} statistics
   * @param b the other input, of the same kinds
   */
  public double fid(Path a, Path b) {
    FrechetInceptionDistance fid = new FrechetInceptionDistance();
    FeatureStatistics sa = statistics("A", a, fid);
    FeatureStatistics sb = statistics("B", b, fid);
    requireSameDim(a, sa.dim(), b, sb.dim());
    return fid.distance(sa, sb);
  }

  /**
   * Saves the FID statistics of {@code images} (features through the extractor, or a {@code .npy}
   * feature matrix) to {@code output} as a {@code .npz} that {@link #fid} reads back.
   *
   * @param images the images or {@code .npy} feature matrix
   * @param output the {@code .npz} file to write
   * @return the statistics written
   */
  public FeatureStatistics saveStatistics(Path images, Path output) {
    FeatureStatistics s = statistics("IMAGES", images, new FrechetInceptionDistance());
    try {
      NpzStatistics.write(output, s);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
    }
    return s;
  }

  /**
   * {@return KID of {@code a} and {@code b} over the random subsets of {@code seed}}
   *
   * @param a one input: images or a {@code .npy} feature matrix
   * @param b the other input, of the same kinds
   * @param config the number and size of the subsets
   * @param seed the seed the subsets are drawn from
   */
  public KernelInceptionDistance.Result kid(
      Path a, Path b, KernelInceptionDistance.Config config, long seed) {
    KernelInceptionDistance kid = new KernelInceptionDistance(config);
    FeatureMatrix x = features("A", a, "kid");
    FeatureMatrix y = features("B", b, "kid");
    requireSameDim(a, x.cols(), b, y.cols());
    return kid.compute(x, y, seed);
  }

  /**
   * {@return Inception Score of {@code images}: from the extractor's class probabilities, or of a
   * {@code .npy} matrix of probabilities}
   *
   * @param images the images, or a {@code .npy} matrix of class probabilities
   * @param config the number of splits
   */
  public InceptionScore.Result inceptionScore(Path images, InceptionScore.Config config) {
    InceptionScore score = new InceptionScore(config);
    FeatureMatrix p = inputs.probabilities(images, "is");
    listener.read("IMAGES", images, p.rows() + " x " + p.cols() + " class probabilities");
    try {
      return score.compute(p);
    } catch (IllegalArgumentException e) {
      throw new DataFileException(images.toString(), e.getMessage(), e);
    }
  }

  /**
   * {@return improved precision and recall of {@code generated} against {@code real}}
   *
   * @param real the real input: images or a {@code .npy} feature matrix
   * @param generated the generated input, of the same kinds
   * @param config the neighbourhood size k
   */
  public PrecisionRecall.Result precisionRecall(
      Path real, Path generated, PrecisionRecall.Config config) {
    PrecisionRecall pr = new PrecisionRecall(config);
    FeatureMatrix r = features("REAL", real, "pr");
    FeatureMatrix g = features("GENERATED", generated, "pr");
    requireSameDim(real, r.cols(), generated, g.cols());
    return pr.compute(r, g);
  }

  /**
   * {@return density and coverage of {@code generated} against {@code real}}
   *
   * @param real the real input: images or a {@code .npy} feature matrix
   * @param generated the generated input, of the same kinds
   * @param config the neighbourhood size k
   */
  public DensityCoverage.Result densityCoverage(
      Path real, Path generated, DensityCoverage.Config config) {
    DensityCoverage dc = new DensityCoverage(config);
    FeatureMatrix r = features("REAL", real, "coverage");
    FeatureMatrix g = features("GENERATED", generated, "coverage");
    requireSameDim(real, r.cols(), generated, g.cols());
    return dc.compute(r, g);
  }

  private FeatureStatistics statistics(String role, Path path, FrechetInceptionDistance fid) {
    FeatureStatistics s = inputs.statistics(path, fid);
    listener.read(
        role,
        path,
        s.n() == FeatureStatistics.UNKNOWN_COUNT
            ? "statistics of dimension " + s.dim()
            : s.n() + " x " + s.dim() + " features");
    return s;
  }

  private FeatureMatrix features(String role, Path path, String metric) {
    FeatureMatrix m = inputs.features(path, metric);
    listener.read(role, path, m.rows() + " x " + m.cols() + " features");
    return m;
  }

  private static void requireSameDim(Path a, int da, Path b, int db) {
    if (da != db) {
      throw new IllegalArgumentException(
          "feature dimensions differ: "
              + a
              + " has "
              + da
              + ", "
              + b
              + " has "
              + db
              + " (use the same extractor for both)");
    }
  }
}
