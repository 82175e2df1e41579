package org.ganlab.metrics.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ganlab.core.data.DataFileException;

/**
 * What an input file of {@link MetricInputs} holds, recognised by its name ({@link #of}): a {@code
 * .npy} array, {@code .npz} statistics, an IDX image file or a folder of PNG images.
 */
public enum MetricInputKind {
  /** A 2-D {@code .npy} array: one row per sample. */
  FEATURES("a .npy feature matrix"),
  /** A {@code .npz} archive with {@code mu} and {@code sigma}. */
  STATISTICS(".npz statistics (mu, sigma)"),
  /** An IDX image file, plain or gzipped. */
  IDX_IMAGES("an IDX image file"),
  /** A directory of PNG images (flat, or one subfolder per class). */
  PNG_FOLDER("a folder of PNG images");

  /** The accepted inputs, for error messages. */
  public static final String ACCEPTED =
      ".npy (feature matrix, or images N x H x W x C in [0, 1]), .npz (FID statistics mu/sigma), IDX images (*.gz, *-ubyte, *.idx,"
          + " *idx3*) or a directory of PNG images";

  private final String description;

  MetricInputKind(String description) {
    this.description = description;
  }

  /** {@return a phrase for messages, e.g. "a .npy feature matrix"} */
  public String description() {
    return description;
  }

  /** {@return whether the input is images that go through a feature extractor} */
  public boolean isImages() {
    return this == IDX_IMAGES || this == PNG_FOLDER;
  }

  /**
   * Recognises an input by its name.
   *
   * @param path the input file or folder
   * @return what the input holds, judged by its name
   * @throws DataFileException naming the file if it does not exist or its name is not recognised
   */
  public static MetricInputKind of(Path path) {
    if (!Files.exists(path)) {
      throw new DataFileException(path.toString(), "file not found");
    }
    if (Files.isDirectory(path)) {
      return PNG_FOLDER;
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".npy")) {
      return FEATURES;
    }
    if (name.endsWith(".npz")) {
      return STATISTICS;
    }
    String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    if (name.endsWith(".gz")
        || base.endsWith("ubyte")
        || base.endsWith(".idx")
        || base.matches(".*idx[1-4].*")) {
      return IDX_IMAGES;
    }
    throw new DataFileException(path.toString(), "unknown input type; expected " + ACCEPTED);
  }
}
