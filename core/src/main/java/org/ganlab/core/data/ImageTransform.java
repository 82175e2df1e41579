package org.ganlab.core.data;

/**
 * A fixed, deterministic map from images to images of the same count, such as an edge detector:
 * what turns a dataset's images into the input domain of paired translation ({@link
 * PairedTranslation}). The same images must always give the same result, bit for bit.
 */
public interface ImageTransform {
  /**
   * {@return the transformed images, a new array of {@code n * outputShape(...)} values}
   *
   * @param nhwc the images, flattened NHWC in [-1, 1]
   * @param shape {@code {n, h, w, c}}
   */
  float[] apply(float[] nhwc, int[] shape);

  /**
   * {@return the shape {@code {h, w, c}} of one transformed image} The same as the input's by
   * default.
   *
   * @param shape the shape {@code {h, w, c}} of one input image
   */
  default int[] outputShape(int[] shape) {
    return shape.clone();
  }

  /** {@return a short description for config.json and provenance, e.g. "sobel(threshold=1.0)"} */
  String describe();

  /**
   * {@return the transform of a batch: its images transformed, its labels kept}
   *
   * @param images a batch {@code [n, h, w, c]} in [-1, 1]
   */
  default Batch apply(Batch images) {
    int[] in = images.shape();
    if (in.length != 4) {
      throw new IllegalArgumentException(describe() + " needs NHWC images, got rank " + in.length);
    }
    int[] out = outputShape(new int[] {in[1], in[2], in[3]});
    return new Batch(
        new int[] {in[0], out[0], out[1], out[2]},
        apply(images.values(), in),
        images.labels() == null ? null : images.labels().clone());
  }
}
