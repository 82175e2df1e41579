package org.ganlab.experiments.run;

import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.image.EncodePng;
import org.tensorflow.types.TString;
import org.tensorflow.types.TUint8;

/**
 * Tiles a batch of NHWC images in [-1, 1] into one grid image and encodes it as PNG with
 * TensorFlow's {@code EncodePng} (no hand-written encoder). One- and three-channel images are
 * supported; a one-pixel gap separates cells.
 */
public final class ImageGrid implements AutoCloseable {
  private final Graph graph = new Graph();
  private final Session session;
  private final Placeholder<TUint8> image;
  private final EncodePng png;

  /** Builds the small encoding graph. */
  public ImageGrid() {
    Ops tf = Ops.create(graph);
    image = tf.placeholder(TUint8.class);
    png = tf.image.encodePng(image);
    session = new Session(graph);
  }

  /**
   * Tiles {@code n} images of h x w x c (flattened NHWC) into rows of {@code cols}, as uint8 HWC.
   *
   * @return the grid pixels and its dimensions
   */
  public static Tiled tile(float[] pixels, int n, int h, int w, int c, int cols) {
    int rows = (n + cols - 1) / cols;
    int gh = rows * (h + 1) + 1;
    int gw = cols * (w + 1) + 1;
    byte[] out = new byte[gh * gw * c];
    for (int k = 0; k < n; k++) {
      int r0 = 1 + (k / cols) * (h + 1);
      int c0 = 1 + (k % cols) * (w + 1);
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          for (int ch = 0; ch < c; ch++) {
            float v = pixels[((k * h + y) * w + x) * c + ch];
            int u = Math.round((Math.max(-1f, Math.min(1f, v)) + 1f) * 127.5f);
            out[((r0 + y) * gw + (c0 + x)) * c + ch] = (byte) u;
          }
        }
      }
    }
    return new Tiled(out, gh, gw, c);
  }

  /** PNG bytes of a grid. */
  public byte[] encode(Tiled grid) {
    try (TUint8 t = TUint8.tensorOf(Shape.of(grid.height(), grid.width(), grid.channels()),
            DataBuffers.of(grid.pixels(), true, false));
        var res = session.runner().feed(image, t).fetch(png).run()) {
      return ((TString) res.get(0)).asBytes().getObject();
    }
  }

  @Override
  public void close() {
    session.close();
    graph.close();
  }

  /**
   * A tiled grid.
   *
   * @param pixels uint8 HWC
   */
  public record Tiled(byte[] pixels, int height, int width, int channels) {}
}
