package org.ganlab.experiments.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.OneClass;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.metrics.PixelNearestNeighbourScorer;
import org.ganlab.metrics.eval.AnomalyEvaluator;
import org.ganlab.metrics.eval.AnomalyScores;

/**
 * The raw-pixel nearest-neighbour anomaly baseline for one normal class, scored by the code that
 * scores the one-class runs ({@link AnomalyEvaluator}); it writes {@code scores.csv} and an {@code
 * eval.csv} with its {@code auroc} to its directory, and reuses them when they exist (the baseline
 * is deterministic: every seed gives the same scores).
 */
final class PixelNearestNeighbourReference implements ReferenceRow {
  private final String label;
  private final Supplier<FashionMnist> data;
  private final int normalClass;
  private final int testImages;

  /**
   * @param label what the table calls it
   * @param data the Fashion-MNIST files
   * @param normalClass the class whose training images are the reference set
   * @param testImages the first this many test images are scored
   */
  PixelNearestNeighbourReference(
      String label, Supplier<FashionMnist> data, int normalClass, int testImages) {
    this.label = label;
    this.data = data;
    this.normalClass = normalClass;
    this.testImages = testImages;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String description() {
    return "distance in raw pixels to the nearest training image of class "
        + normalClass
        + ", for the first "
        + testImages
        + " test images (scores.csv and eval.csv in references/)";
  }

  @Override
  public Map<String, Number> compute(long seed, BenchLayout bench) {
    Path dir = bench.referenceDir(label, seed);
    Path scoresFile = dir.resolve(AnomalyEvaluator.SCORES_FILE);
    try {
      if (Files.isRegularFile(scoresFile) && Files.isRegularFile(dir.resolve("eval.csv"))) {
        return Map.of("auroc", AnomalyScores.read(scoresFile).auroc());
      }
      FashionMnist fashion = data.get();
      AnomalyScores scores =
          new AnomalyEvaluator(() -> fashion.test().slice(0, testImages), normalClass)
              .scores(new PixelNearestNeighbourScorer(OneClass.of(fashion.train(), normalClass)));
      Files.createDirectories(dir);
      AtomicFiles.write(scoresFile, scores.csv());
      // Last, so that a directory with eval.csv always has its scores.
      AtomicFiles.writeString(dir.resolve("eval.csv"), "step,auroc\n0," + scores.auroc() + "\n");
      return Map.of("auroc", scores.auroc());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the baseline's files in " + dir, e);
    }
  }
}
