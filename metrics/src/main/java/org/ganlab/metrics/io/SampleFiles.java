package org.ganlab.metrics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.features.FeatureExtractor;

/**
 * Writes generated samples as files other tools read: a folder of PNGs (one per image), one {@code
 * .npy} array ({@link NpyImages}: {@code N x H x W x C} in [0, 1] for images, {@code N x 2} for
 * points), or the FID statistics ({@code mu}, {@code sigma} in a {@code .npz}) of their features.
 * Samples are flattened NHWC in [-1, 1], as a {@code Sampler} returns them.
 */
public final class SampleFiles {
  /** The file formats. */
  public enum Format {
    /** A folder of PNGs, {@code 000000.png}, {@code 000001.png}, ... */
    PNG_DIR,
    /** One {@code .npy} array. */
    NPY,
    /** FID statistics of the samples' features. */
    NPZ;

    /**
     * {@return the format named like its command-line spelling ({@code png-dir}, {@code npy}, ...)}
     *
     * @param name the command-line spelling
     */
    public static Format named(String name) {
      for (Format f : values()) {
        if (f.cliName().equals(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException(
          "unknown sample format '" + name + "'; formats: png-dir, npy, npz");
    }

    /** {@return the command-line spelling} */
    public String cliName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private SampleFiles() {}

  /**
   * Writes {@code n} images of {@code shape = {h, w, c}} as {@code dir/000000.png}, ... (the folder
   * is created; PNGs are written atomically, so none is ever half written).
   *
   * @param images the images, flattened NHWC in [-1, 1]
   * @param n the number of images
   * @param shape {@code {h, w, c}} of one image
   * @param dir the folder to write into
   */
  public static void writePngs(float[] images, int n, int[] shape, Path dir) {
    requireImages(shape, "a PNG folder");
    try (ImageGrid grid = new ImageGrid()) {
      Files.createDirectories(dir);
      for (int i = 0; i < n; i++) {
        byte[] png = grid.encode(ImageGrid.image(images, i, shape[0], shape[1], shape[2]));
        AtomicFiles.write(dir.resolve(String.format(Locale.ROOT, "%06d.png", i)), png);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the samples as one {@code .npy}: images in [0, 1], other examples as they are.
   *
   * @param samples the samples, flattened (images NHWC in [-1, 1])
   * @param n the number of samples
   * @param shape the shape of one sample
   * @param file the {@code .npy} file to write
   */
  public static void writeNpy(float[] samples, int n, int[] shape, Path file) {
    NpyArray array;
    if (shape.length == 3) {
      array = NpyImages.of(samples, n, shape);
    } else {
      double[] v = new double[samples.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = samples[i];
      }
      int[] s = new int[shape.length + 1];
      s[0] = n;
      System.arraycopy(shape, 0, s, 1, shape.length);
      array = new NpyArray(s, NpyDtype.FLOAT32, v);
    }
    try {
      AtomicFiles.write(file, NpyWriter.toBytes(array));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the FID statistics of the images' features under {@code extractor} (batches of its batch
   * size), as {@code metrics fid} reads them back.
   *
   * @param images the images, flattened NHWC in [-1, 1]
   * @param n the number of images
   * @param shape {@code {h, w, c}} of one image
   * @param extractor the feature extractor
   * @param file the {@code .npz} file to write
   */
  public static void writeStatistics(
      float[] images, int n, int[] shape, FeatureExtractor extractor, Path file) {
    requireImages(shape, "FID statistics");
    FeatureMatrix features = extractor.extract(images, n, shape).features();
    try {
      NpzStatistics.write(file, new FrechetInceptionDistance().statistics(features));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void requireImages(int[] shape, String what) {
    if (shape.length != 3) {
      throw new IllegalArgumentException(
          what + " needs images {h, w, c}; these samples have shape " + Arrays.toString(shape));
    }
  }
}
