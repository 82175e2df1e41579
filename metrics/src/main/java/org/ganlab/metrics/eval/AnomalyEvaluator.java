package org.ganlab.metrics.eval;

import com.google.common.base.Suppliers;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.ganlab.core.config.Checks;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.image.CurvePlot;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.train.AnomalyScorer;
import org.ganlab.metrics.RocCurve;

/**
 * Scores a one-class anomaly detector by the protocol of Ruff et al. 2018 and Golan and El-Yaniv
 * 2018: every image of a labelled test set is scored, those of the normal class count as normal and
 * all others as anomalous; the metric is {@code auroc} (primary, higher is better). The scores of
 * the latest evaluation are kept as {@code scores.csv} ({@link AnomalyScores}), which a run
 * directory writes beside eval.csv, so its last {@code auroc} can be recomputed from the file, and
 * their ROC curve as {@code roc.png}.
 *
 * <p>Not thread-safe: it keeps the latest scores; one evaluation at a time.
 */
public final class AnomalyEvaluator implements Evaluator<AnomalyScorer> {
  /** The file name of the latest scores. */
  public static final String SCORES_FILE = "scores.csv";

  /** Test images per call of the scorer. */
  public static final int CHUNK = 500;

  private final Supplier<ImageDataset> test;
  private final int normalClass;
  private AnomalyScores latest;

  /**
   * Scores the images of {@code test} with {@code normalClass} as the normal class.
   *
   * @param test loads the labelled test images (on first use)
   * @param normalClass the class the detector was trained on
   */
  public AnomalyEvaluator(Supplier<ImageDataset> test, int normalClass) {
    Checks.nonNegative("normalClass", normalClass);
    this.test = Suppliers.memoize(test::get);
    this.normalClass = normalClass;
  }

  @Override
  public List<String> metrics() {
    return List.of("auroc");
  }

  @Override
  public String primaryMetric() {
    return "auroc";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public Map<String, Number> evaluate(AnomalyScorer scorer) {
    latest = scores(scorer);
    return Map.of("auroc", latest.auroc());
  }

  /**
   * The scores of every test image, without keeping them.
   *
   * @param scorer the detector
   * @return one row per test image, in test-set order
   */
  public AnomalyScores scores(AnomalyScorer scorer) {
    ImageDataset images = test.get();
    if (!images.hasLabels() || normalClass >= images.numClasses()) {
      throw new IllegalArgumentException(
          images + " has no class " + normalClass + " to take as the normal class");
    }
    int n = images.n();
    double[] score = scoreAll(scorer, images);
    int[] labels = images.labels();
    boolean[] anomalous = new boolean[n];
    for (int i = 0; i < n; i++) {
      anomalous[i] = labels[i] != normalClass;
    }
    return new AnomalyScores(IntStream.range(0, n).toArray(), labels, anomalous, score);
  }

  /**
   * The scores of every image of {@code images}, computed in chunks of {@value #CHUNK} to bound
   * memory.
   *
   * @param scorer the detector
   * @param images the images, labelled or not
   * @return one score per image, in dataset order
   * @throws IllegalStateException if the scorer returns the wrong number of scores
   */
  public static double[] scoreAll(AnomalyScorer scorer, ImageDataset images) {
    int n = images.n();
    double[] score = new double[n];
    for (int from = 0; from < n; from += CHUNK) {
      int to = Math.min(n, from + CHUNK);
      double[] part = scorer.scores(images.batchOf(IntStream.range(from, to).toArray()));
      if (part.length != to - from) {
        throw new IllegalStateException(
            "the scorer returned " + part.length + " scores for " + (to - from) + " images");
      }
      System.arraycopy(part, 0, score, from, part.length);
    }
    return score;
  }

  /** The file name of the latest ROC curve picture. */
  public static final String ROC_FILE = "roc.png";

  @Override
  public Map<String, byte[]> latestFiles() {
    if (latest == null) {
      return Map.of();
    }
    RocCurve roc = RocCurve.of(latest.score(), latest.anomalous());
    try (ImageGrid png = new ImageGrid()) {
      return Map.of(
          SCORES_FILE,
          latest.csv(),
          ROC_FILE,
          png.encode(CurvePlot.render(roc.falsePositiveRate(), roc.truePositiveRate())));
    }
  }
}
