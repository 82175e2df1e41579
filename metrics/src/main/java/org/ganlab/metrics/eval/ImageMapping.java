package org.ganlab.metrics.eval;

/**
 * A function from images to images of the same count: one direction of a translator, such as a
 * CycleGAN generator ({@code translator::translateAToB}) or a fixed reference mapping.
 */
@FunctionalInterface
public interface ImageMapping {
  /**
   * Maps {@code n} images (NHWC, flattened, in [-1, 1]) to {@code n} images of the other domain.
   *
   * @param images the images, flattened NHWC in [-1, 1]
   * @param n the number of images
   * @return the {@code n} mapped images, flattened NHWC in [-1, 1]
   */
  float[] apply(float[] images, int n);
}
