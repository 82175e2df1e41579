package org.ganlab.metrics.features;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.io.NpyArray;
import org.ganlab.metrics.io.NpyReader;
import org.ganlab.metrics.io.NpyWriter;

/**
 * Stores the features of a real data set on disk, so that evaluating many checkpoints (or many
 * runs) against the same data extracts them once.
 *
 * <p>An entry is keyed by {@link #key}: a SHA-256 of the extractor's {@linkplain
 * FeatureExtractor#identity() identity} (its weights and preprocessing), the data set's shape, the
 * SHA-256 of its pixel bytes and the checksums of the files it was read from. Any change to the
 * weights, the settings or the images gives a new key, so a stale entry is never returned; it is
 * simply not found.
 *
 * <p>An entry {@code <name>-<key>} is up to three float64 C-order {@code .npy} files ({@code
 * .features.npy}, {@code .logits.npy}, {@code .probabilities.npy}; readable with {@code
 * numpy.load}) and a {@code .entry} text file describing what was hashed. Every file is written to
 * a temporary name and renamed; the {@code .entry} file is written last, so an entry without it is
 * incomplete and is recomputed. An entry whose files cannot be read is recomputed too.
 *
 * <p>Immutable (it holds only the directory); concurrent writers of the same entry write the same
 * bytes, and the renames make the last one win.
 */
public final class FeatureCache {
  /** Bumped when the key or file layout changes, so old entries are not misread. */
  private static final String VERSION = "ganlab-feature-cache-v1";

  private final Path dir;

  /**
   * A cache in {@code dir} (created when first written).
   *
   * @param dir the cache directory
   */
  public FeatureCache(Path dir) {
    this.dir = dir;
  }

  /** {@return the cache directory} */
  public Path directory() {
    return dir;
  }

  /**
   * {@return the cache key of {@code data}'s features under {@code extractor}: 64 hex digits}
   *
   * @param extractor the extractor, identified by its name and identity
   * @param data the images, identified by their bytes and shape
   */
  public static String key(FeatureExtractor extractor, ImageDataset data) {
    Hasher h = Hashing.sha256().newHasher();
    h.putString(VERSION + "\n" + extractor.identity() + "\n", StandardCharsets.UTF_8);
    h.putInt(data.n()).putInt(data.height()).putInt(data.width()).putInt(data.channels());
    // The pixels themselves, not only the file checksums: a slice of a file or an in-memory data
    // set has the file checksums of its origin (or none) but other images. Hashing them costs far
    // less than extracting their features.
    h.putBytes(data.pixelsReadOnly());
    for (Map.Entry<String, String> e : new TreeMap<>(data.fileChecksums()).entrySet()) {
      h.putString(e.getKey() + "=" + e.getValue() + "\n", StandardCharsets.UTF_8);
    }
    return h.hash().toString();
  }

  /**
   * The features of {@code data} from the cache, or extracted and stored if absent.
   *
   * @param extractor the extractor to compute the features with when they are absent
   * @param data the images
   * @return the features, bit-identical whether read or computed (they are stored as float64)
   */
  public ExtractedFeatures getOrCompute(FeatureExtractor extractor, ImageDataset data) {
    String key = key(extractor, data);
    Optional<ExtractedFeatures> hit = lookup(extractor.name(), key);
    if (hit.isPresent()) {
      return hit.get();
    }
    ExtractedFeatures computed = extractor.extract(data);
    store(extractor.name(), key, computed, describe(extractor, data, key));
    return computed;
  }

  /**
   * {@return whether a complete entry exists for {@code data} under {@code extractor}}
   *
   * @param extractor the extractor
   * @param data the images
   */
  public boolean contains(FeatureExtractor extractor, ImageDataset data) {
    return Files.isRegularFile(file(extractor.name(), key(extractor, data), "entry"));
  }

  /**
   * {@return the entry for {@code key}, if it is complete and readable}
   *
   * @param extractorName the extractor's name, a subdirectory of the cache
   * @param key the key from {@link #key}
   */
  public Optional<ExtractedFeatures> lookup(String extractorName, String key) {
    Path entry = file(extractorName, key, "entry");
    if (!Files.isRegularFile(entry)) {
      return Optional.empty();
    }
    try {
      if (!Files.readString(entry, StandardCharsets.UTF_8).contains("key=" + key + "\n")) {
        return Optional.empty();
      }
      FeatureMatrix features = NpyReader.readMatrix(file(extractorName, key, "features.npy"));
      Path logitsFile = file(extractorName, key, "logits.npy");
      if (!Files.exists(logitsFile)) {
        return Optional.of(new ExtractedFeatures(features, null, null));
      }
      return Optional.of(
          new ExtractedFeatures(
              features,
              NpyReader.readMatrix(logitsFile),
              NpyReader.readMatrix(file(extractorName, key, "probabilities.npy"))));
    } catch (IOException | RuntimeException e) {
      // A damaged entry is as good as none: the caller recomputes and overwrites it.
      return Optional.empty();
    }
  }

  /**
   * Writes an entry (each file atomically, the {@code .entry} marker last).
   *
   * @param extractorName the extractor's name, a subdirectory of the cache
   * @param key the key from {@link #key}
   * @param f the features to store
   * @param description a human-readable note on what the entry holds
   */
  public void store(String extractorName, String key, ExtractedFeatures f, String description) {
    try {
      Files.createDirectories(dir);
      // A previous, damaged entry must not look complete while it is being replaced.
      Files.deleteIfExists(file(extractorName, key, "entry"));
      NpyWriter.write(file(extractorName, key, "features.npy"), NpyArray.of(f.features()));
      if (f.hasClasses()) {
        NpyWriter.write(file(extractorName, key, "logits.npy"), NpyArray.of(f.logits()));
        NpyWriter.write(
            file(extractorName, key, "probabilities.npy"), NpyArray.of(f.probabilities()));
      }
      AtomicFiles.writeString(file(extractorName, key, "entry"), "key=" + key + "\n" + description);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write feature cache entry " + key + " in " + dir, e);
    }
  }

  private Path file(String extractorName, String key, String suffix) {
    return dir.resolve(extractorName + "-" + key + "." + suffix);
  }

  private static String describe(FeatureExtractor extractor, ImageDataset data, String key) {
    StringBuilder sb = new StringBuilder();
    sb.append("version=").append(VERSION).append('\n');
    sb.append("extractor=").append(extractor.name()).append('\n');
    sb.append("extractor_identity=").append(extractor.identity()).append('\n');
    sb.append("dataset=").append(data.name()).append('\n');
    sb.append("shape=")
        .append(data.n())
        .append('x')
        .append(data.height())
        .append('x')
        .append(data.width())
        .append('x')
        .append(data.channels())
        .append('\n');
    for (Map.Entry<String, String> e : new TreeMap<>(data.fileChecksums()).entrySet()) {
      sb.append("file_sha256 ").append(e.getKey()).append('=').append(e.getValue()).append('\n');
    }
    return sb.toString();
  }
}
