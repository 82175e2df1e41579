package org.ganlab.experiments;

import org.ganlab.core.data.UnpairedBatch;
import org.ganlab.core.data.UnpairedDataSource;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.Sampler;
import org.ganlab.core.train.cycle.CycleGanModel;
import org.ganlab.core.train.cycle.Translator;
import org.ganlab.experiments.run.SampleRenderer;

/** What a run shows of an open trainer, per kind of family: {@link OpenRun}s. */
public final class RunViews {
  private RunViews() {}

  /**
   * The view of any family that generates from latent codes: its sampler, and a picture of the
   * codes of {@code seeds.pair("fixed-latent", 0)} (a conditional sampler's default labels give
   * each grid row one class).
   */
  public static OpenRun latent(GanTrainer<?> t, Sampler sampler, SampleRenderer renderer) {
    int classes = sampler.numClasses();
    long[] seed = new Seeds(t.config().seed()).pair("fixed-latent", 0);
    OpenRun.Picture picture =
        (n, labels) -> {
          if (labels == null && classes > 0) {
            labels = new int[n];
            int perRow = (int) Math.ceil(Math.sqrt(n));
            for (int i = 0; i < n; i++) {
              labels[i] = (i / perRow) % classes;
            }
          }
          return renderer.render(sampler.sample(seed, n, labels), n);
        };
    return new OpenRun(t, picture, sampler, null);
  }

  /**
   * The view of a CycleGAN-style model: its translator, and a picture with one row per fixed pair
   * of inputs: {@code a, G(a), F(G(a)), b, F(b), G(F(b))}, from the first {@code n} images of each
   * domain's batch 0 (fixed, whatever the training batch size).
   */
  public static OpenRun translation(GanTrainer<CycleGanModel> t, UnpairedDataSource data) {
    Translator tr = new Translator(t);
    int[] shape = data.shape();
    OpenRun.Picture picture =
        (n, labels) -> {
          if (labels != null) {
            throw new IllegalArgumentException("a translation model takes no labels");
          }
          UnpairedBatch in = data.batch(0, n);
          float[] a = in.a().values();
          float[] b = in.b().values();
          float[] ab = tr.translateAToB(a, n);
          float[] ba = tr.translateBToA(b, n);
          float[][] columns = {a, ab, tr.translateBToA(ab, n), b, ba, tr.translateAToB(ba, n)};
          int size = shape[0] * shape[1] * shape[2];
          float[] cells = new float[n * columns.length * size];
          for (int row = 0; row < n; row++) {
            for (int col = 0; col < columns.length; col++) {
              System.arraycopy(
                  columns[col], row * size, cells, (row * columns.length + col) * size, size);
            }
          }
          return ImageGrid.tile(
              cells, n * columns.length, shape[0], shape[1], shape[2], columns.length, 2);
        };
    return new OpenRun(t, picture, null, tr);
  }
}
