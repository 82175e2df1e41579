package org.ganlab.core.image;

import org.ganlab.core.data.PixelScaling;
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
 * supported; a one-pixel gap separates cells. A sample grid from plain Java:
 *
 * <pre>{@code
 * float[] images = new LatentSampler(trainer, 0).sample(seeds.pair("grid", 0), 64, null);
 * try (ImageGrid png = new ImageGrid()) {
 *   AtomicFiles.write(file, png.encode(ImageGrid.tile(images, 64, 28, 28, 1, 8, 2)));
 * }
 * }</pre>
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
   * Tiles {@code n} images of h x w x c (flattened NHWC, values in [-1, 1]) into rows of {@code
   * cols} cells, each pixel drawn as a {@code scale} x {@code scale} block (28x28 images are hard
   * to read at 1x), as uint8 HWC with a one-pixel black gap between cells.
   *
   * @param pixels the images, flattened NHWC, values in [-1, 1]
   * @param n the number of images
   * @param h image height in pixels
   * @param w image width in pixels
   * @param c channels per pixel (1 or 3)
   * @param cols cells per row of the grid
   * @param scale the side of the block each pixel is drawn as, at least 1
   * @return the grid as uint8 HWC pixels
   */
  public static Tiled tile(float[] pixels, int n, int h, int w, int c, int cols, int scale) {
    int rows = (n + cols - 1) / cols;
    int ch = h * scale;
    int cw = w * scale;
    int gh = rows * (ch + 1) + 1;
    int gw = cols * (cw + 1) + 1;
    byte[] out = new byte[gh * gw * c];
    for (int k = 0; k < n; k++) {
      int r0 = 1 + (k / cols) * (ch + 1);
      int c0 = 1 + (k % cols) * (cw + 1);
      for (int y = 0; y < ch; y++) {
        for (int x = 0; x < cw; x++) {
          for (int z = 0; z < c; z++) {
            float v = pixels[((k * h + y / scale) * w + x / scale) * c + z];
            out[((r0 + y) * gw + (c0 + x)) * c + z] = PixelScaling.quantize(v);
          }
        }
      }
    }
    return new Tiled(out, gh, gw, c);
  }

  /**
   * {@return image {@code k} of {@code pixels} (flattened NHWC h x w x c, values in [-1, 1]) alone,
   * at its own size, as uint8 HWC: what a folder of sample PNGs holds}
   *
   * @param pixels the images, flattened NHWC, values in [-1, 1]
   * @param k the image to take, from 0
   * @param h image height in pixels
   * @param w image width in pixels
   * @param c channels per pixel (1 or 3)
   */
  public static Tiled image(float[] pixels, int k, int h, int w, int c) {
    int size = h * w * c;
    byte[] out = new byte[size];
    for (int i = 0; i < size; i++) {
      out[i] = PixelScaling.quantize(pixels[k * size + i]);
    }
    return new Tiled(out, h, w, c);
  }

  /**
   * {@return PNG bytes of a grid}
   *
   * @param grid the tiled pixels
   */
  public byte[] encode(Tiled grid) {
    try (TUint8 t =
            TUint8.tensorOf(
                Shape.of(grid.height(), grid.width(), grid.channels()),
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
