package org.ganlab.experiments;

import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.experiments.run.ImageGrid;
import org.ganlab.experiments.run.SampleRenderer;

/**
 * A {@link GanTrainer} behind the run-directory contract. Samples come from the latent codes of
 * {@code seeds.pair("fixed-latent", 0)}; a conditional model's default labels give each grid row
 * one class (0, 1, ... cyclically).
 */
public final class GanRunTrainer extends SessionRunTrainer<GanTrainer> {
  private final SampleRenderer renderer;
  private final int numClasses;

  /**
   * @param trainer the trainer (closed with this adapter)
   * @param renderer draws a batch of samples
   * @param numClasses the architecture's classes (0: unconditional)
   */
  public GanRunTrainer(GanTrainer trainer, SampleRenderer renderer, int numClasses) {
    super(trainer);
    this.renderer = renderer;
    this.numClasses = numClasses;
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
    GanTrainer t = trainer();
    float[] x = t.sample(new Seeds(t.config().seed()).pair("fixed-latent", 0), n, labels);
    return renderer.render(x, n);
  }
}
