package org.ganlab.models;

import java.util.Objects;
import org.ganlab.core.data.NearestUpsampling;
import org.ganlab.core.data.PairedBatch;
import org.ganlab.core.data.PairedDataSource;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.train.Feeds;
import org.ganlab.core.train.GanTrainer;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Runs a trained paired translation generator (pix2pix, SRGAN: {@link Pix2PixFamily}) in inference
 * mode (dropout off, moving statistics) on inputs of one's own. Building one adds its ops to the
 * trainer's graph: make one per trainer and keep it. Not thread-safe.
 */
public final class Pix2PixTranslator {
  private final GanTrainer<Pix2PixModel> trainer;
  private final Placeholder<TFloat32> in;
  private final Operand<TFloat32> out;
  private final int[] inputShape;
  private final int[] outputShape;

  /**
   * Adds the translation ops to {@code trainer}'s graph.
   *
   * @param trainer an open trainer of the paired translation family
   */
  public Pix2PixTranslator(GanTrainer<Pix2PixModel> trainer) {
    this.trainer = Objects.requireNonNull(trainer, "trainer");
    Pix2PixModel m = trainer.model();
    Ops t = Ops.create(trainer.graph()).withSubScope("translate");
    this.inputShape = exampleShape(m.input().shape());
    this.outputShape = exampleShape(m.target().shape());
    this.in =
        t.withName("input")
            .placeholder(TFloat32.class, Placeholder.shape(Pix2PixModel.batchOf(-1, inputShape)));
    this.out = m.generator().translate(in, Mode.INFERENCE);
  }

  /**
   * Translates {@code n} inputs with G.
   *
   * @param inputs the inputs, flattened NHWC of the architecture's input shape, in [-1, 1]
   * @param n the number of inputs
   * @return G's {@code n} images, flattened NHWC in [-1, 1]
   */
  public float[] translate(float[] inputs, int n) {
    Objects.requireNonNull(inputs, "inputs");
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    try (TFloat32 x = Feeds.floats(inputs, Feeds.withBatch(in, n), n + " inputs");
        Result r = trainer.session().runner().feed(in, x).fetch(out).run()) {
      return Feeds.read(r.get(0));
    }
  }

  /**
   * {@return the picture of a paired translation run: one row per pair, {@code x, G(x), y}, from
   * the first {@code n} pairs of {@code data}'s batch 0 (fixed, whatever the training batch size),
   * tiled at 2x} Inputs smaller than the outputs (super-resolution) are shown at the outputs' size
   * by pixel replication ({@link NearestUpsampling}), so the column shows what G was given.
   *
   * @param data the paired source whose batch 0 gives the pairs
   * @param n the number of pairs (rows)
   */
  public ImageGrid.Tiled picture(PairedDataSource data, int n) {
    PairedBatch pairs = data.batch(0, n);
    float[] x = pairs.input().values();
    float[] shown = x;
    if (inputShape[0] != outputShape[0]) {
      int factor = outputShape[0] / inputShape[0];
      shown =
          new NearestUpsampling(factor)
              .apply(x, new int[] {n, inputShape[0], inputShape[1], inputShape[2]});
    }
    return rows(shown, translate(x, n), pairs.target().values(), n);
  }

  /** {@code {h, w, c}} of a placeholder's [b, h, w, c]. */
  private static int[] exampleShape(Shape batch) {
    return new int[] {(int) batch.size(1), (int) batch.size(2), (int) batch.size(3)};
  }

  /**
   * {@return one row per example of the columns {@code input, output, truth}, 28x28x1 images, tiled
   * at 2x}
   *
   * @param input n inputs, flattened NHWC
   * @param output n outputs
   * @param truth n true images
   * @param n the number of rows
   */
  public static ImageGrid.Tiled rows(float[] input, float[] output, float[] truth, int n) {
    float[][] columns = {input, output, truth};
    int size = 28 * 28;
    float[] cells = new float[n * columns.length * size];
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < columns.length; col++) {
        System.arraycopy(
            columns[col], row * size, cells, (row * columns.length + col) * size, size);
      }
    }
    return ImageGrid.tile(cells, n * columns.length, 28, 28, 1, columns.length, 2);
  }
}
