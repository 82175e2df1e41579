package org.ganlab.core.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * An immutable set of images with optional class labels, as unsigned pixel bytes in NHWC order.
 *
 * <p>Pixels stay bytes in memory (47 MB for the Fashion-MNIST training set, a quarter of the float
 * size) and are scaled to [-1, 1] only when a batch is built. The dataset remembers the checksums
 * of the files it was read from so that every source built on it can report them.
 */
public final class ImageDataset {
  private final String name;
  private final int n;
  private final int height;
  private final int width;
  private final int channels;
  private final byte[] pixels;
  private final int[] labels;
  private final int numClasses;
  private final ImmutableList<String> classNames;
  private final ImmutableMap<String, String> fileChecksums;

  // Takes ownership of pixels and labels (see the public factories for the copying entry points).
  ImageDataset(
      String name,
      int n,
      int height,
      int width,
      int channels,
      byte[] pixels,
      int[] labels,
      int numClasses,
      List<String> classNames,
      Map<String, String> fileChecksums) {
    this.name = Objects.requireNonNull(name, "name");
    ImageDatasetChecks.check(n, height, width, channels, pixels, labels, numClasses, classNames);
    this.n = n;
    this.height = height;
    this.width = width;
    this.channels = channels;
    this.pixels = pixels;
    this.labels = labels;
    this.numClasses = numClasses;
    this.classNames = ImmutableList.copyOf(classNames);
    this.fileChecksums = ImmutableMap.copyOf(fileChecksums);
  }

  /**
   * {@return an unlabelled dataset from an IDX image array of shape (n, rows, columns) or (n, rows,
   * columns, channels)}
   *
   * @param images the IDX image array
   */
  public static ImageDataset of(IdxArray images) {
    return of(images, null, 0, List.of());
  }

  /**
   * {@return a labelled dataset from an IDX image array and an IDX label array}
   *
   * @param images shape (n, rows, columns) or (n, rows, columns, channels)
   * @param labels shape (n), or null for an unlabelled dataset
   * @param numClasses labels must lie in [0, numClasses); 0 when {@code labels} is null
   * @param classNames one name per class, or empty
   * @throws DataFileException naming the files if the counts differ or a label is out of range
   */
  public static ImageDataset of(
      IdxArray images, IdxArray labels, int numClasses, List<String> classNames) {
    return IdxDatasetFactory.of(images, labels, numClasses, classNames);
  }

  /**
   * {@return a dataset from pixels already in memory (copied), e.g. generated test data}
   *
   * @param name a name for messages
   * @param n the number of images
   * @param height image height in pixels
   * @param width image width in pixels
   * @param channels channels per pixel
   * @param pixels {@code n * height * width * channels} unsigned bytes, NHWC
   * @param labels {@code n} labels in [0, numClasses), or null (then numClasses must be 0)
   * @param numClasses the number of classes, 0 if unlabelled
   */
  public static ImageDataset ofPixels(
      String name,
      int n,
      int height,
      int width,
      int channels,
      byte[] pixels,
      int[] labels,
      int numClasses) {
    return PixelDatasetFactory.ofPixels(
        name, n, height, width, channels, pixels, labels, numClasses);
  }

  /**
   * {@return a dataset of images in the scaled range, e.g. generated ones, each value quantized to
   * the pixel byte {@link PixelScaling#quantize(float)} gives (as writing them to PNG files would)}
   *
   * @param name a name for messages
   * @param n the number of images
   * @param height image height in pixels
   * @param width image width in pixels
   * @param channels channels per pixel
   * @param scaled {@code n * height * width * channels} values in [-1, 1] (clipped), NHWC
   * @param labels {@code n} labels in [0, numClasses), or null (then numClasses must be 0)
   * @param numClasses the number of classes, 0 if unlabelled
   */
  public static ImageDataset ofScaled(
      String name,
      int n,
      int height,
      int width,
      int channels,
      float[] scaled,
      int[] labels,
      int numClasses) {
    byte[] pixels = PixelScaling.quantize(scaled);
    return ofPixels(name, n, height, width, channels, pixels, labels, numClasses);
  }

  /** {@return a name for messages, usually the images file} */
  public String name() {
    return name;
  }

  /** {@return the number of images} */
  public int n() {
    return n;
  }

  /** {@return image height in pixels} */
  public int height() {
    return height;
  }

  /** {@return image width in pixels} */
  public int width() {
    return width;
  }

  /** {@return channels per pixel (1 for grayscale)} */
  public int channels() {
    return channels;
  }

  /** {@return the shape of one image, {@code {height, width, channels}} (HWC)} */
  public int[] shape() {
    return new int[] {height, width, channels};
  }

  /** {@return bytes per image: {@code height * width * channels}} */
  public int imageSize() {
    return height * width * channels;
  }

  /** {@return whether the images carry labels} */
  public boolean hasLabels() {
    return labels != null;
  }

  /** {@return the number of classes, 0 if unlabelled} */
  public int numClasses() {
    return numClasses;
  }

  /** {@return the class names (index = label), or an empty list if the dataset has none} */
  public List<String> classNames() {
    return classNames;
  }

  /**
   * {@return the label of image {@code i}}
   *
   * @param i the image, in [0, n)
   */
  public int label(int i) {
    if (labels == null) {
      throw new IllegalStateException(name + " has no labels");
    }
    return labels[i];
  }

  /** {@return a copy of all labels, or null if unlabelled} */
  public int[] labels() {
    return labels == null ? null : labels.clone();
  }

  /**
   * {@return pixel (y, x, c) of image {@code i}, unsigned in [0, 255]}
   *
   * @param i the image, in [0, n)
   * @param y the row, in [0, height)
   * @param x the column, in [0, width)
   * @param c the channel, in [0, channels)
   */
  public int pixel(int i, int y, int x, int c) {
    Objects.checkIndex(i, n);
    Objects.checkIndex(y, height);
    Objects.checkIndex(x, width);
    Objects.checkIndex(c, channels);
    return Byte.toUnsignedInt(pixels[((i * height + y) * width + x) * channels + c]);
  }

  /**
   * {@return a copy of image {@code i}'s bytes (HWC)}
   *
   * @param i the image, in [0, n)
   */
  public byte[] image(int i) {
    Objects.checkIndex(i, n);
    int size = imageSize();
    return Arrays.copyOfRange(pixels, i * size, (i + 1) * size);
  }

  /**
   * {@return a read-only view of all pixel bytes (NHWC, unsigned: read with {@code & 0xFF}); no
   * copy}
   */
  public ByteBuffer pixelsReadOnly() {
    return ByteBuffer.wrap(pixels).asReadOnlyBuffer();
  }

  /** {@return checksums of the files the dataset was read from: name to SHA-256 (lowercase hex)} */
  public Map<String, String> fileChecksums() {
    return fileChecksums;
  }

  /**
   * {@return the images at {@code indices}, in that order, as a scaled NHWC batch with their
   * labels}
   *
   * @param indices the images, each in [0, n)
   */
  public Batch batchOf(int[] indices) {
    return ImageSelection.batch(this, indices);
  }

  /**
   * {@return images {@code [from, to)} as a new dataset (copied), keeping labels, classes and
   * checksums}
   *
   * @param from the first image, inclusive
   * @param to the last image, exclusive
   */
  public ImageDataset slice(int from, int to) {
    Objects.checkFromToIndex(from, to, n);
    return subset(name + "[" + from + ":" + to + "]", IntStream.range(from, to).toArray());
  }

  /**
   * The images at {@code indices}, in that order, as a new dataset (copied) called {@code newName},
   * keeping labels, classes and the checksums of the files they came from.
   *
   * @param newName the subset's name (shown in logs and errors)
   * @param indices image indices in [0, n); repeats allowed
   * @return a dataset of {@code indices.length} images
   */
  public ImageDataset subset(String newName, int[] indices) {
    return ImageSelection.subset(this, newName, indices);
  }

  // Zero-copy access for this package, which never writes to it.
  byte[] pixelData() {
    return pixels;
  }

  // This dataset's shape, classes and checksums with other images (ownership taken).
  ImageDataset derived(String newName, int count, byte[] newPixels, int[] newLabels) {
    return new ImageDataset(
        newName,
        count,
        height,
        width,
        channels,
        newPixels,
        newLabels,
        numClasses,
        classNames,
        fileChecksums);
  }

  @Override
  public String toString() {
    String classes = labels == null ? "" : ", " + numClasses + " classes";
    return String.format(
        "ImageDataset[%s, %d x %dx%dx%d%s]", name, n, height, width, channels, classes);
  }
}
