package org.ganlab.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.experiments.run.ImageGrid;
import org.ganlab.experiments.run.SampleRenderer;

/**
 * A {@link GanTrainer} behind the run-directory contract. Samples come from the latent codes of
 * {@code seeds.pair("fixed-latent", 0)}; a conditional model's default labels give each grid row
 * one class (0, 1, ... cyclically).
 */
public final class GanRunTrainer implements RunTrainer {
  private final GanTrainer trainer;
  private final SampleRenderer renderer;
  private final int numClasses;

  /**
   * @param trainer the trainer (closed with this adapter)
   * @param renderer draws a batch of samples
   * @param numClasses the architecture's classes (0: unconditional)
   */
  public GanRunTrainer(GanTrainer trainer, SampleRenderer renderer, int numClasses) {
    this.trainer = trainer;
    this.renderer = renderer;
    this.numClasses = numClasses;
  }

  /** The adapted trainer. */
  public GanTrainer trainer() {
    return trainer;
  }

  @Override
  public long step() {
    return trainer.step();
  }

  @Override
  public List<String> termColumns() {
    List<String> cols = new ArrayList<>(trainer.loss().discriminatorTerms().keySet());
    cols.addAll(trainer.loss().generatorTerms().keySet());
    return cols;
  }

  @Override
  public void train(long steps, StepListener listener) {
    trainer.train(steps, (t, r, nanos) -> listener.afterStep(this, r, nanos));
  }

  @Override
  public ImageGrid.Tiled samples(int n, int[] labels) {
    if (labels == null && numClasses > 0) {
      labels = new int[n];
      int perRow = (int) Math.ceil(Math.sqrt(n));
      for (int i = 0; i < n; i++) {
        labels[i] = (i / perRow) % numClasses;
      }
    }
    float[] x = trainer.sample(new Seeds(trainer.config().seed()).pair("fixed-latent", 0), n,
        labels);
    return renderer.render(x, n);
  }

  @Override
  public void save(Path dir) {
    trainer.save(dir);
  }

  @Override
  public void restore(Path dir) {
    trainer.restore(dir);
  }

  @Override
  public void close() {
    trainer.close();
  }
}
