package org.ganlab.metrics.eval;

import java.nio.file.Path;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.metrics.features.ExtractedFeatures;
import org.ganlab.metrics.features.FeatureCache;
import org.ganlab.metrics.features.FeatureExtractor;

/**
 * Features of a reference data set (e.g. the Fashion-MNIST test set): from a {@link FeatureCache}
 * directory when one is given (computed and stored there on the first call), else extracted. The
 * cache is keyed by {@link FeatureCache#key} (extractor identity + pixels + file checksums), so
 * another data set or other weights never get stale features, and features read from disk equal
 * freshly extracted ones bit for bit. Nothing is kept in memory here: an evaluator that needs the
 * features at every evaluation holds them itself.
 */
public final class ReferenceFeatures {
  private ReferenceFeatures() {}

  /**
   * {@return the features of {@code data}: from the disk cache, else extracted (and stored there)}
   *
   * @param extractor the feature extractor
   * @param data the images to extract features of
   * @param cacheDir the {@link FeatureCache} directory, or null to extract without caching
   */
  public static ExtractedFeatures get(
      FeatureExtractor extractor, ImageDataset data, Path cacheDir) {
    return cacheDir == null
        ? extractor.extract(data)
        : new FeatureCache(cacheDir).getOrCompute(extractor, data);
  }
}
