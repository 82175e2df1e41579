package org.ganlab.core.train.cycle;

import java.util.Objects;
import org.ganlab.core.data.UnpairedBatch;
import org.ganlab.core.data.UnpairedDataSource;
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
 * Runs a CycleGAN-style trainer's generators in inference mode: G (A to B) and F (B to A). Building
 * one adds its ops to the trainer's graph: make one per trainer and keep it. Not thread-safe.
 */
public final class Translator {
  private final GanTrainer<CycleGanModel> trainer;
  private final Placeholder<TFloat32> inA;
  private final Operand<TFloat32> aToB;
  private final Placeholder<TFloat32> inB;
  private final Operand<TFloat32> bToA;

  /**
   * Adds the translation ops to {@code trainer}'s graph.
   *
   * @param trainer the trainer of a CycleGAN model
   */
  public Translator(GanTrainer<CycleGanModel> trainer) {
    this.trainer = Objects.requireNonNull(trainer, "trainer");
    CycleGanModel model = trainer.model();
    Ops t = Ops.create(trainer.graph()).withSubScope("translate");
    this.inA =
        t.withName("a").placeholder(TFloat32.class, Placeholder.shape(anyBatch(model.realA())));
    this.inB =
        t.withName("b").placeholder(TFloat32.class, Placeholder.shape(anyBatch(model.realB())));
    this.aToB = model.aToB().generator().generate(inA, null, Mode.INFERENCE);
    this.bToA = model.bToA().generator().generate(inB, null, Mode.INFERENCE);
  }

  /** The shape of {@code batch} with its batch dimension left open. */
  private static Shape anyBatch(Placeholder<TFloat32> batch) {
    long[] dims = batch.shape().asArray();
    dims[0] = -1;
    return Shape.of(dims);
  }

  /**
   * Translates {@code n} domain-A images (NHWC, flattened, in [-1, 1]) to domain B with G.
   *
   * @param images the domain-A images, flattened NHWC in [-1, 1]
   * @param n the number of images
   * @return G's {@code n} domain-B images, flattened NHWC in [-1, 1]
   */
  public float[] translateAToB(float[] images, int n) {
    return translate(inA, aToB, images, n);
  }

  /**
   * Translates {@code n} domain-B images to domain A with F.
   *
   * @param images the domain-B images, flattened NHWC in [-1, 1]
   * @param n the number of images
   * @return F's {@code n} domain-A images, flattened NHWC in [-1, 1]
   */
  public float[] translateBToA(float[] images, int n) {
    return translate(inB, bToA, images, n);
  }

  private float[] translate(
      Placeholder<TFloat32> in, Operand<TFloat32> out, float[] images, int n) {
    Objects.requireNonNull(images, "images");
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    Shape shape = Feeds.withBatch(in, n);
    try (TFloat32 x = Feeds.floats(images, shape, n + " images");
        Result res = trainer.session().runner().feed(in, x).fetch(out).run()) {
      return Feeds.read(res.get(0));
    }
  }

  /**
   * {@return the picture of a translation run: one row per fixed pair of inputs, {@code a, G(a),
   * F(G(a)), b, F(b), G(F(b))}, from the first {@code n} images of each domain's batch 0 of {@code
   * data} (fixed, whatever the training batch size), tiled at 2x} Where one domain is grayscale and
   * the other has colour, its images are drawn as gray colour images (the value in every channel).
   *
   * @param data the unpaired source whose batch 0 gives the inputs
   * @param n the number of pairs (rows)
   */
  public ImageGrid.Tiled picture(UnpairedDataSource data, int n) {
    int[] shapeA = data.shape();
    int[] shapeB = data.shapeB();
    int c = Math.max(shapeA[2], shapeB[2]);
    UnpairedBatch in = data.batch(0, n);
    float[] a = in.a().values();
    float[] b = in.b().values();
    float[] ab = translateAToB(a, n);
    float[] ba = translateBToA(b, n);
    float[][] columns = {
      channels(a, shapeA[2], c),
      channels(ab, shapeB[2], c),
      channels(translateBToA(ab, n), shapeA[2], c),
      channels(b, shapeB[2], c),
      channels(ba, shapeA[2], c),
      channels(translateAToB(ba, n), shapeB[2], c)
    };
    int size = shapeA[0] * shapeA[1] * c;
    float[] cells = new float[n * columns.length * size];
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < columns.length; col++) {
        System.arraycopy(
            columns[col], row * size, cells, (row * columns.length + col) * size, size);
      }
    }
    return ImageGrid.tile(cells, n * columns.length, shapeA[0], shapeA[1], c, columns.length, 2);
  }

  /** NHWC {@code images} with {@code from} channels as {@code to}: 1 channel is repeated. */
  private static float[] channels(float[] images, int from, int to) {
    if (from == to) {
      return images;
    }
    if (from != 1) {
      throw new IllegalArgumentException("cannot draw " + from + " channels as " + to);
    }
    float[] out = new float[images.length * to];
    for (int i = 0; i < images.length; i++) {
      for (int k = 0; k < to; k++) {
        out[i * to + k] = images[i];
      }
    }
    return out;
  }
}
