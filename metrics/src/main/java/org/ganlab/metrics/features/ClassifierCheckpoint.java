package org.ganlab.metrics.features;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ganlab.core.checkpoint.Checkpointer;

/**
 * A classifier checkpoint directory as {@link FashionClassifier} opens it: checked against its
 * SHA-256 manifest before it is restored, and identified by that manifest, which lists every file's
 * SHA-256, so the extractor's identity changes exactly when a weight file does.
 */
final class ClassifierCheckpoint {
  private ClassifierCheckpoint() {}

  /** Throws an {@link IllegalArgumentException} if the files do not match the manifest. */
  static void verify(Path checkpoint) {
    Optional<String> problem = Checkpointer.verify(checkpoint);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(
          "classifier checkpoint " + checkpoint + " is damaged: " + problem.get());
    }
  }

  /** SHA-256 (hex) of the extractor's {@code name} and the checkpoint's manifest. */
  static String identity(String name, Path checkpoint) {
    try {
      byte[] manifest = Files.readAllBytes(checkpoint.resolve(Checkpointer.MANIFEST));
      return Hashing.sha256()
          .newHasher()
          .putString(name + "\n", StandardCharsets.UTF_8)
          .putBytes(manifest)
          .hash()
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + checkpoint.resolve(Checkpointer.MANIFEST) + ": " + e.getMessage(), e);
    }
  }
}
