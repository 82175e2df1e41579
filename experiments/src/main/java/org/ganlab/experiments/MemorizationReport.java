package org.ganlab.experiments;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.experiments.run.RunDirectory;
import org.ganlab.metrics.Memorization;
import org.ganlab.metrics.eval.MemorizationCheck;
import org.ganlab.metrics.features.FashionClassifier;

/**
 * {@code ganlab eval RUN --memorization}: the {@link MemorizationCheck} of a Fashion-MNIST run's
 * checkpoint in the Fashion-MNIST classifier's feature space, against the run's training set and
 * the held-out test set, with the picture of the closest samples beside their nearest training
 * images.
 */
public final class MemorizationReport {
  private final ExperimentRegistry registry;
  private final ExperimentRunner runner;

  /** Opens runs of {@code registry}'s experiments, restoring checkpoints as {@code runner} does. */
  public MemorizationReport(ExperimentRegistry registry, ExperimentRunner runner) {
    this.registry = registry;
    this.runner = runner;
  }

  /**
   * Checks the checkpoint at {@code step} (newest intact if empty) with {@code n} samples and
   * writes the picture of the {@code pairs} closest to {@code png}.
   *
   * @return the step, then {@code memorization_*} values by name, in print order
   */
  public Map<String, Number> check(Path runDir, Optional<Long> step, int n, int pairs, Path png) {
    RunDirectory dir = ExperimentRunner.existing(new RunDirectory(runDir));
    ResolvedRun run = ResolvedRun.load(dir.config(), registry);
    FashionMnist data = Datasets.fashionMnist(run.context());
    try (OpenRun open = run.setup().open();
        FashionClassifier classifier = FashionClassifier.pretrained();
        ImageGrid grid = new ImageGrid()) {
      runner.restore(open, dir, step);
      MemorizationCheck.Outcome o =
          MemorizationCheck.run(
              open.requireSampler(),
              run.context().seeds(),
              n,
              classifier,
              data.train(),
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
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + png + ": " + e.getMessage(), e);
    }
  }
}
