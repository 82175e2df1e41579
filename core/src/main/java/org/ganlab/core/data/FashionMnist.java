package org.ganlab.core.data;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ganlab.core.seed.Seeds;

/**
 * Fashion-MNIST: 60,000 training and 10,000 test grayscale 28x28 images of 10 garment classes.
 *
 * <p>By Zalando Research (Han Xiao, Kashif Rasul, Roland Vollgraf, 2017), MIT licence,
 * https://github.com/zalandoresearch/fashion-mnist. The four original gzipped IDX files ship as
 * resources of the artifact {@code ganlab-core}, classifier {@code fashion-mnist} ({@link
 * #embedded()}), so the first run needs no download; {@link #fromDirectory(Path)} reads any other
 * copy (the CLI's {@code --data-dir}), for example the Debian package {@code dataset-fashion-mnist}
 * in {@code /usr/share/datasets/fashion-mnist}.
 *
 * <p>Immutable. Loading reads all four files, dominated by decompressing the training images, so
 * load once and share; {@link #embedded()} does that itself, once per JVM.
 *
 * <p>Thread-safe, being immutable.
 */
public final class FashionMnist {
  /** The class names, index = label. */
  public static final List<String> CLASS_NAMES =
      List.of(
          "T-shirt/top",
          "Trouser",
          "Pullover",
          "Dress",
          "Coat",
          "Sandal",
          "Shirt",
          "Sneaker",
          "Bag",
          "Ankle boot");

  /** The number of classes. */
  public static final int NUM_CLASSES = 10;

  /** Training images file name (without {@code .gz}). */
  public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";

  /** Training labels file name (without {@code .gz}). */
  public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";

  /** Test images file name (without {@code .gz}). */
  public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";

  /** Test labels file name (without {@code .gz}). */
  public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

  private static final String RESOURCE_DIR = "fashion-mnist/";

  // Read on first use and shared: the embedded files never change, the value is immutable, and a
  // JVM that runs many experiments (a test suite, a benchmark suite) would otherwise decompress
  // them once or twice per run. A failed read is not remembered, so the next call reports it too.
  private static final Supplier<FashionMnist> EMBEDDED =
      Suppliers.memoize(FashionMnist::readEmbedded);

  private final String origin;
  private final ImageDataset train;
  private final ImageDataset test;

  private FashionMnist(String origin, ImageDataset train, ImageDataset test) {
    this.origin = origin;
    this.train = train;
    this.test = test;
  }

  /**
   * The embedded copy, which ships as its own artifact ({@code org.ganlab:ganlab-core} with
   * classifier {@code fashion-mnist}); read on the first call and the same instance after.
   *
   * @return the training and test sets
   * @throws DataFileException if that artifact is not on the classpath
   */
  public static FashionMnist embedded() {
    return EMBEDDED.get();
  }

  private static FashionMnist readEmbedded() {
    return new FashionMnist(
        "embedded",
        load(embeddedFile(TRAIN_IMAGES), embeddedFile(TRAIN_LABELS)),
        load(embeddedFile(TEST_IMAGES), embeddedFile(TEST_LABELS)));
  }

  /**
   * Loads the four files from {@code dir}. Each may be plain or gzipped, named as upstream ({@code
   * train-images-idx3-ubyte}, optionally with {@code .gz}) or with the dot that some MNIST mirrors
   * use ({@code train-images.idx3-ubyte}).
   *
   * @param dir the directory holding the four files
   * @return the training and test sets
   * @throws DataFileException naming the directory and the names tried if a file is missing, or
   *     naming the file if its content is wrong
   */
  public static FashionMnist fromDirectory(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new DataFileException(
          dir.toString(),
          Files.exists(dir)
              ? "not a directory (expected a directory holding the Fashion-MNIST IDX files)"
              : "directory not found (expected a directory holding the Fashion-MNIST IDX files)");
    }
    return new FashionMnist(
        dir.toString(),
        load(find(dir, TRAIN_IMAGES), find(dir, TRAIN_LABELS)),
        load(find(dir, TEST_IMAGES), find(dir, TEST_LABELS)));
  }

  /** {@return where the files were read from: "embedded" or the directory} */
  public String origin() {
    return origin;
  }

  /** {@return the 60,000 training images with labels} */
  public ImageDataset train() {
    return train;
  }

  /** {@return the 10,000 test images with labels} */
  public ImageDataset test() {
    return test;
  }

  /**
   * {@return batches of the training set in seeded epoch order (the usual real-data source)}
   *
   * @param seeds the run's seeds, which fix the epoch order
   */
  public DataSource trainSource(Seeds seeds) {
    return new ImageDataSource(train, seeds);
  }

  /** {@return SHA-256 of each of the four files read (file name to lowercase hex), train first} */
  public Map<String, String> fileChecksums() {
    return ImmutableMap.<String, String>builder()
        .putAll(train.fileChecksums())
        .putAll(test.fileChecksums())
        .build();
  }

  private static ImageDataset load(IdxArray images, IdxArray labels) {
    if (images.rank() != 3) {
      throw IdxFormatException.mismatch(
          images.source(),
          "wrong number of dimensions",
          "3 (Fashion-MNIST images: count, 28 rows, 28 columns)",
          Integer.toString(images.rank()));
    }
    if (images.dim(1) != 28 || images.dim(2) != 28) {
      throw IdxFormatException.mismatch(
          images.source(),
          "wrong image size",
          "28 x 28 (Fashion-MNIST)",
          images.dim(1) + " x " + images.dim(2));
    }
    return ImageDataset.of(images, labels, NUM_CLASSES, CLASS_NAMES);
  }

  private static IdxArray embeddedFile(String base) {
    String resource = RESOURCE_DIR + base + ".gz";
    InputStream in = FashionMnist.class.getResourceAsStream(resource);
    if (in == null) {
      // The data ship as their own artifact; a library user adds it only when wanted.
      throw new DataFileException(
          resource,
          "the embedded Fashion-MNIST is not on the classpath: add the dependency"
              + " org.ganlab:ganlab-core with classifier fashion-mnist, or read a copy with"
              + " FashionMnist.fromDirectory(dir)");
    }
    IdxReader.Kind kind = base.contains("images") ? IdxReader.Kind.IMAGES : IdxReader.Kind.LABELS;
    return IdxReader.read(base + ".gz", in, kind);
  }

  private static IdxArray find(Path dir, String base) {
    IdxReader.Kind kind = base.contains("images") ? IdxReader.Kind.IMAGES : IdxReader.Kind.LABELS;
    List<String> tried = new ArrayList<>();
    // "train-images-idx3-ubyte" -> "train-images.idx3-ubyte"
    String dotted = base.replaceFirst("-(idx\\d-ubyte)$", ".$1");
    for (String stem : List.of(base, dotted)) {
      for (String name : List.of(stem + ".gz", stem)) {
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) {
          return IdxReader.read(file, kind);
        }
        tried.add(name);
      }
    }
    throw new DataFileException(
        dir.resolve(base + ".gz").toString(),
        "file not found (looked in " + dir + " for " + String.join(", ", tried) + ")");
  }
}
