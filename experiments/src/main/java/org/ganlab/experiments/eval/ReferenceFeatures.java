package org.ganlab.experiments.eval;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.metrics.features.ExtractedFeatures;
import org.ganlab.metrics.features.FeatureCache;
import org.ganlab.metrics.features.FeatureExtractor;

/**
 * Features of a reference data set (e.g. the Fashion-MNIST test set), computed once per process
 * and kept on disk in a {@link FeatureCache}: the in-memory map is keyed by {@link
 * FeatureCache#key} (extractor identity + pixels + file checksums), so another data set or other
 * weights never get stale features.
 */
public final class ReferenceFeatures {
  /** Environment variable naming a feature-cache directory shared by all runs. */
  public static final String CACHE_ENV = "GANLAB_FEATURE_CACHE";

  private static final Map<String, ExtractedFeatures> MEMORY = new ConcurrentHashMap<>();

  private ReferenceFeatures() {}

  /**
   * The feature-cache directory for a run: {@code $GANLAB_FEATURE_CACHE} if set, else {@code
   * .feature-cache} next to the run directory (for {@code runs/dcgan/<stamp>-s0} that is {@code
   * runs/dcgan/.feature-cache}, shared by the experiment's runs).
   */
  public static Path cacheDirFor(Path runDir) {
    String env = System.getenv(CACHE_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path parent = runDir.toAbsolutePath().getParent();
    return (parent != null ? parent : runDir.toAbsolutePath()).resolve(".feature-cache");
  }

  /** The features of {@code data}: from memory, else from the disk cache, else extracted. */
  public static ExtractedFeatures get(FeatureExtractor extractor, ImageDataset data,
      Path cacheDir) {
    String key = FeatureCache.key(extractor, data);
    return MEMORY.computeIfAbsent(key,
        k -> new FeatureCache(cacheDir).getOrCompute(extractor, data));
  }
}
