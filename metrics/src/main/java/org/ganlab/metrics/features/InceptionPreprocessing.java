package org.ganlab.metrics.features;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.image.ResizeBilinear;
import org.tensorflow.types.TFloat32;

/**
 * The ops that prepare images for {@link InceptionV3}'s graph: images in [-1, 1] fed to {@code
 * images} are mapped to [0, 255] by {@code (x + 1) * 127.5}, grayscale ones repeated to 3 channels,
 * and both resized to the configured square size with the legacy {@code ResizeBilinear}
 * (align_corners = false, half_pixel_centers = false, as the 2015 graph resizes).
 *
 * @param images the placeholder for [n, h, w, c] images in [-1, 1]
 * @param rgb the prepared images when {@code images} has 3 channels
 * @param gray the prepared images when {@code images} has 1 channel
 */
record InceptionPreprocessing(
    Placeholder<TFloat32> images, Operand<TFloat32> rgb, Operand<TFloat32> gray) {

  /**
   * Builds the ops in {@code pre}'s scope.
   *
   * @param imageSize the square size to resize to; 0 keeps the images' own size
   */
  static InceptionPreprocessing build(Ops pre, int imageSize) {
    Placeholder<TFloat32> images =
        pre.withName("images")
            .placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, -1, -1)));
    // [-1, 1] -> [0, 255], the range TTUR feeds.
    Operand<TFloat32> scaled =
        pre.math.mul(pre.math.add(images, pre.constant(1f)), pre.constant(127.5f));
    Operand<TFloat32> rgb = resize(pre, scaled, imageSize);
    Operand<TFloat32> gray =
        resize(pre, pre.tile(scaled, pre.constant(new int[] {1, 1, 1, 3})), imageSize);
    return new InceptionPreprocessing(images, rgb, gray);
  }

  private static Operand<TFloat32> resize(Ops tf, Operand<TFloat32> x, int imageSize) {
    if (imageSize == 0) {
      return x;
    }
    int s = imageSize;
    return tf.image.resizeBilinear(
        x,
        tf.constant(new int[] {s, s}),
        ResizeBilinear.alignCorners(false),
        ResizeBilinear.halfPixelCenters(false));
  }
}
