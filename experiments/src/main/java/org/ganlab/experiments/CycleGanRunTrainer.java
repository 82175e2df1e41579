package org.ganlab.experiments;

import org.ganlab.core.data.UnpairedBatch;
import org.ganlab.core.data.UnpairedDataSource;
import org.ganlab.core.train.cycle.CycleGanTrainer;
import org.ganlab.experiments.run.ImageGrid;

/**
 * A {@link CycleGanTrainer} behind the run-directory contract. Its sample picture has one row per
 * fixed pair of inputs: {@code a, G(a), F(G(a)), b, F(b), G(F(b))} (the A -> B -> A triplet, then
 * the B -> A -> B one), from the first {@code n} images of each domain's batch 0 (fixed, whatever
 * the training batch size).
 */
public final class CycleGanRunTrainer extends SessionRunTrainer<CycleGanTrainer> {
  private static final int COLUMNS = 6;

  private final UnpairedDataSource data;
  private final int[] shape;

  /**
   * @param trainer the trainer (closed with this adapter)
   * @param data the trainer's data, for the fixed sample inputs
   */
  public CycleGanRunTrainer(CycleGanTrainer trainer, UnpairedDataSource data) {
    super(trainer);
    this.data = data;
    this.shape = data.shape();
  }

  @Override
  public ImageGrid.Tiled samples(int n, int[] labels) {
    if (labels != null) {
      throw new IllegalArgumentException("a translation model takes no labels");
    }
    UnpairedBatch in = data.batch(0, n);
    float[] a = in.a().values();
    float[] b = in.b().values();
    float[] ab = trainer().translateAToB(a, n);
    float[] aba = trainer().translateBToA(ab, n);
    float[] ba = trainer().translateBToA(b, n);
    float[] bab = trainer().translateAToB(ba, n);
    float[][] columns = {a, ab, aba, b, ba, bab};
    int size = shape[0] * shape[1] * shape[2];
    float[] cells = new float[n * COLUMNS * size];
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < COLUMNS; col++) {
        System.arraycopy(columns[col], row * size, cells, (row * COLUMNS + col) * size, size);
      }
    }
    return ImageGrid.tile(cells, n * COLUMNS, shape[0], shape[1], shape[2], COLUMNS, 2);
  }
}
