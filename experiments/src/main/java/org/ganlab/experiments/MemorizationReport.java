package org.ganlab.experiments;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.train.Sampler;
import org.ganlab.experiments.run.RunDirectory;
import org.ganlab.metrics.Memorization;
import org.ganlab.metrics.eval.MemorizationCheck;
import org.ganlab.metrics.features.FashionClassifier;

/**
 * {@code ganlab eval RUN --memorization}: the {@link MemorizationCheck} of a Fashion-MNIST run's
 * checkpoint in the Fashion-MNIST classifier's feature space, against the images the run trained on
 * ({@link Datasets#fashionTrainImages}, a low-data run's subset) and the held-out test set, with
 * the picture of the closest samples beside their nearest training images.
 */
public final class MemorizationReport {
  private final ExperimentRegistry registry;
  private final PrintStream out;

  /**
   * Opens runs of {@code registry}'s experiments ({@link RestoredRun}).
   *
   * @param out where skipped checkpoints are reported
   */
  public MemorizationReport(ExperimentRegistry registry, PrintStream out) {
    this.registry = registry;
    this.out = out;
  }

  /**
   * Checks the checkpoint at {@code step} (newest intact if empty) with {@code n} samples and
   * writes the picture of the {@code pairs} closest to {@code png}.
   *
   * @return the step, then {@code memorization_*} values by name, in print order
   */
  public Map<String, Number> check(Path runDir, Optional<Long> step, int n, int pairs, Path png) {
    try (RestoredRun restored = RestoredRun.open(runDir, step, registry, out);
        FashionClassifier classifier = FashionClassifier.pretrained();
        ImageGrid grid = new ImageGrid()) {
      OpenRun open = restored.open();
      ResolvedRun run = restored.run();
      RunDirectory dir = restored.dir();
      FashionMnist data = Datasets.fashionMnist(run.context());
      // The images this run trained on, not the whole set: a low-data run memorizes its subset.
      ImageDataset train = Datasets.fashionTrainImages(data, run.context().hyperparameters());
      Sampler sampler = open.requireSampler();
      if (!Arrays.equals(sampler.exampleShape(), train.shape())) {
        throw new ConfigException(
            "--memorization compares samples with Fashion-MNIST training images of shape "
                + Arrays.toString(train.shape())
                + ", but run "
                + runDir
                + " ("
                + run.context().experiment()
                + ") makes examples of shape "
                + Arrays.toString(sampler.exampleShape()));
      }
      MemorizationCheck.Outcome o =
          MemorizationCheck.run(
              sampler,
              run.context().seeds(),
              n,
              classifier,
              train,
              data.test(),
              pairs,
              dir.featureCache());
      AtomicFiles.write(png, grid.encode(o.picture()));
      Memorization m = o.memorization();
      Map<String, Number> v = new LinkedHashMap<>();
      v.put("step", open.trainer().step());
      v.put("memorization_median_generated", m.medianGenerated());
      v.put("memorization_median_test", m.medianTest());
      v.put("memorization_threshold_p1", m.threshold());
      v.put("memorization_share_below_p1", m.shareBelowThreshold());
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + png + ": " + e.getMessage(), e);
    }
  }
}
