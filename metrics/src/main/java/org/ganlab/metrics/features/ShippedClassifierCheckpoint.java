package org.ganlab.metrics.features;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The {@link FashionClassifier} checkpoint that ships as classpath resources ({@link
 * FashionClassifier#RESOURCE_DIR}): copied out to a directory, since TensorFlow reads checkpoints
 * from the file system and the resources may sit in a jar.
 */
final class ShippedClassifierCheckpoint {
  private ShippedClassifierCheckpoint() {}

  /** Opens the shipped checkpoint, unpacked to a temporary directory that is deleted afterwards. */
  static <T> T open(Function<Path, T> opener) {
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("ganlab-fashion-classifier");
      copyTo(tmp);
      return opener.apply(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot unpack the shipped classifier checkpoint: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          MoreFiles.deleteRecursively(tmp, RecursiveDeleteOption.ALLOW_INSECURE);
        } catch (IOException e) {
          // A leftover temporary copy is harmless; the weights are already in the session.
        }
      }
    }
  }

  /**
   * Copies the shipped checkpoint's files into {@code dir}.
   *
   * @throws IllegalStateException if a file is missing from the classpath
   */
  static void copyTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String f : FashionClassifier.CHECKPOINT_FILES) {
      try (InputStream in =
          FashionClassifier.class.getResourceAsStream(FashionClassifier.RESOURCE_DIR + f)) {
        if (in == null) {
          throw new IllegalStateException(
              "shipped classifier file "
                  + FashionClassifier.RESOURCE_DIR
                  + f
                  + " is missing from the classpath (package org.ganlab.metrics.features); regenerate"
                  + " it with org.ganlab.metrics.features.TrainFashionClassifier (see"
                  + " docs/metrics-extractors.md)");
        }
        Files.copy(in, dir.resolve(f));
      }
    }
  }
}
