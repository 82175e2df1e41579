package org.ganlab.metrics.eval;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.metrics.features.ExtractedFeatures;
import org.ganlab.metrics.features.FeatureCache;
import org.ganlab.metrics.features.FeatureExtractor;

/**
 * Features of a reference data set (e.g. the Fashion-MNIST test set), computed once per process
 * and, given a directory, kept on disk in a {@link FeatureCache}. The in-memory map is keyed by
 * {@link FeatureCache#key} (extractor identity + pixels + file checksums), so another data set or
 * other weights never get stale features; features read from disk equal freshly extracted ones bit
 * for bit.
 */
public final class ReferenceFeatures {
  private static final Map<String, ExtractedFeatures> MEMORY = new ConcurrentHashMap<>();

  private ReferenceFeatures() {}

  /**
   * {@return the features of {@code data}: from memory, else from the disk cache, else extracted}
   *
   * @param extractor the feature extractor
   * @param data the images to extract features of
   * @param cacheDir the {@link FeatureCache} directory, or null to keep them in memory only
   */
  public static ExtractedFeatures get(
      FeatureExtractor extractor, ImageDataset data, Path cacheDir) {
    String key = FeatureCache.key(extractor, data);
    return MEMORY.computeIfAbsent(
        key,
        k ->
            cacheDir == null
                ? extractor.extract(data)
                : new FeatureCache(cacheDir).getOrCompute(extractor, data));
  }
}
