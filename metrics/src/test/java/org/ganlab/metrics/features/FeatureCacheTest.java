package org.ganlab.metrics.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.metrics.FeatureMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCacheTest {

  /** A cheap extractor (no TensorFlow) that counts how often it runs. */
  private static final class Counting implements FeatureExtractor {
    final AtomicInteger calls = new AtomicInteger();
    final String identity;
    final boolean head;

    Counting(String identity, boolean head) {
      this.identity = identity;
      this.head = head;
    }

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public String identity() {
      return identity;
    }

    @Override
    public int featureDim() {
      return 2;
    }

    @Override
    public int numClasses() {
      return head ? 2 : 0;
    }

    @Override
    public int batchSize() {
      return 3;
    }

    @Override
    public ExtractedFeatures extract(Batch images) {
      calls.incrementAndGet();
      int n = images.size();
      int per = images.values().length / n;
      double[] f = new double[n * 2];
      for (int i = 0; i < n; i++) {
        f[2 * i] = images.values()[i * per] / 3.0;
        f[2 * i + 1] = i + 0.1;
      }
      FeatureMatrix m = FeatureMatrix.wrapRowMajor(n, 2, f);
      return new ExtractedFeatures(
          m, head ? m : null, head ? FeatureMatrix.wrapRowMajor(n, 2, probs(n)) : null);
    }

    private static double[] probs(int n) {
      double[] p = new double[2 * n];
      for (int i = 0; i < n; i++) {
        p[2 * i] = 0.25;
        p[2 * i + 1] = 0.75;
      }
      return p;
    }

    @Override
    public void close() {}
  }

  private static ImageDataset data(int n, int seed) {
    byte[] pixels = new byte[n * 4 * 4];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) (i * 31 + seed);
    }
    return ImageDataset.ofPixels("test", n, 4, 4, 1, pixels, null, 0);
  }

  @Test
  void secondCallHitsTheCacheAndReturnsTheSameValues(@TempDir Path dir) throws Exception {
    FeatureCache cache = new FeatureCache(dir.resolve("cache"));
    Counting e = new Counting("id-1", true);
    ImageDataset d = data(7, 0);
    assertThat(cache.contains(e, d)).isFalse();
    ExtractedFeatures first = cache.getOrCompute(e, d);
    int calls = e.calls.get();
    assertThat(calls).isEqualTo(3); // 7 images in chunks of 3
    assertThat(cache.contains(e, d)).isTrue();

    ExtractedFeatures second = cache.getOrCompute(e, d);
    assertThat(e.calls.get()).isEqualTo(calls);
    assertThat(second.features().toArray()).isEqualTo(first.features().toArray());
    assertThat(second.probabilities().toArray()).isEqualTo(first.probabilities().toArray());
    try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".tmp"))
          .anyMatch(n -> n.endsWith(".features.npy"))
          .anyMatch(n -> n.endsWith(".entry"));
    }
  }

  @Test
  void aChangedKeyMisses(@TempDir Path dir) {
    FeatureCache cache = new FeatureCache(dir);
    Counting e = new Counting("id-1", false);
    ImageDataset d = data(5, 0);
    cache.getOrCompute(e, d);
    int afterFirst = e.calls.get();

    // Other pixels, same shape.
    cache.getOrCompute(e, data(5, 1));
    assertThat(e.calls.get()).isGreaterThan(afterFirst);
    int afterPixels = e.calls.get();
    // Other count.
    cache.getOrCompute(e, data(4, 0));
    assertThat(e.calls.get()).isGreaterThan(afterPixels);
    // Other extractor weights.
    Counting other = new Counting("id-2", false);
    cache.getOrCompute(other, d);
    assertThat(other.calls.get()).isPositive();
    assertThat(FeatureCache.key(other, d)).isNotEqualTo(FeatureCache.key(e, d));
    // The original is still cached.
    int before = e.calls.get();
    assertThat(cache.getOrCompute(e, d).hasClasses()).isFalse();
    assertThat(e.calls.get()).isEqualTo(before);
  }

  @Test
  void anIncompleteOrDamagedEntryIsRecomputed(@TempDir Path dir) throws Exception {
    FeatureCache cache = new FeatureCache(dir);
    Counting e = new Counting("id-1", true);
    ImageDataset d = data(4, 0);
    ExtractedFeatures first = cache.getOrCompute(e, d);
    String key = FeatureCache.key(e, d);
    Path features = dir.resolve("counting-" + key + ".features.npy");
    byte[] bytes = Files.readAllBytes(features);
    Files.write(features, java.util.Arrays.copyOf(bytes, bytes.length - 5));
    int calls = e.calls.get();
    ExtractedFeatures again = cache.getOrCompute(e, d);
    assertThat(e.calls.get()).isGreaterThan(calls);
    assertThat(again.features().toArray()).isEqualTo(first.features().toArray());

    Files.delete(dir.resolve("counting-" + key + ".entry"));
    assertThat(cache.contains(e, d)).isFalse();
    assertThat(cache.lookup("counting", key)).isEmpty();
  }
}
