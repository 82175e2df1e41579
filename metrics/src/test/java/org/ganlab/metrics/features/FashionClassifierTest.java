package org.ganlab.metrics.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.metrics.FeatureMatrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FashionClassifierTest {
  private ImageDataset test;
  private FashionClassifier classifier;

  @BeforeAll
  void load() {
    test = FashionMnist.embedded().test();
    classifier = FashionClassifier.pretrained();
  }

  @AfterAll
  void close() {
    classifier.close();
  }

  @Test
  void shippedCheckpointIsIntactAndSmall(@TempDir Path dir) throws Exception {
    FashionClassifier.copyShippedCheckpoint(dir);
    assertThat(Checkpointer.verify(dir)).isEmpty();
    List<String> manifest =
        Files.readAllLines(dir.resolve(Checkpointer.MANIFEST), StandardCharsets.UTF_8);
    assertThat(manifest)
        .extracting(l -> l.substring(66))
        .containsExactly("ckpt.data-00000-of-00001", "ckpt.index");
    long bytes = 0;
    for (String f : FashionClassifier.CHECKPOINT_FILES) {
      bytes += Files.size(dir.resolve(f));
    }
    assertThat(bytes).isLessThan(2_000_000L);
  }

  @Test
  void reachesNinetyPercentOnTheTestSet() {
    double accuracy = classifier.accuracy(test);
    System.out.printf("fashion-classifier test accuracy: %.4f%n", accuracy);
    assertThat(accuracy).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void extractGivesFeaturesLogitsAndProbabilities() {
    ExtractedFeatures f = classifier.extract(test.batchOf(new int[] {0, 1, 2, 3, 4}));
    assertThat(f.size()).isEqualTo(5);
    assertThat(f.features().cols()).isEqualTo(classifier.featureDim()).isEqualTo(128);
    assertThat(f.logits().cols()).isEqualTo(10);
    int[] predicted = f.predictedClasses();
    // The shipped checkpoint reads the first five test images (ankle boot, pullover, trouser,
    // trouser, shirt) right but for the shirt, which it takes for a T-shirt: its commonest
    // confusion.
    assertThat(
            new int[] {test.label(0), test.label(1), test.label(2), test.label(3), test.label(4)})
        .containsExactly(9, 2, 1, 1, 6);
    assertThat(predicted).containsExactly(9, 2, 1, 1, 0);
    for (int i = 0; i < 5; i++) {
      // The probabilities are the softmax of the logits, and the prediction is their argmax.
      double max = Double.NEGATIVE_INFINITY;
      int argmax = -1;
      for (int j = 0; j < 10; j++) {
        if (f.logits().get(i, j) > max) {
          max = f.logits().get(i, j);
          argmax = j;
        }
      }
      double z = 0;
      for (int j = 0; j < 10; j++) {
        z += Math.exp(f.logits().get(i, j) - max);
      }
      for (int j = 0; j < 10; j++) {
        assertThat(f.probabilities().get(i, j))
            .isCloseTo(Math.exp(f.logits().get(i, j) - max) / z, within(1e-6));
      }
      assertThat(predicted[i]).isEqualTo(argmax);
      // Penultimate features are post-ReLU.
      for (int j = 0; j < 128; j++) {
        assertThat(f.features().get(i, j)).isGreaterThanOrEqualTo(0.0);
      }
    }
  }

  @Test
  void chunkingChangesResultsOnlyByFloatRounding() {
    Batch batch = test.batchOf(new int[] {5, 6, 7, 8, 9, 10, 11});
    ExtractedFeatures whole = classifier.extract(batch);
    try (FashionClassifier small = FashionClassifier.pretrained(3)) {
      ExtractedFeatures chunked = small.extract(batch);
      // oneDNN picks kernels by batch size, so the last bits may differ; nothing more.
      assertThat(maxAbsDiff(chunked.features(), whole.features())).isLessThan(1e-4);
      assertThat(maxAbsDiff(chunked.probabilities(), whole.probabilities())).isLessThan(1e-5);
      assertThat(chunked.predictedClasses()).isEqualTo(whole.predictedClasses());
      assertThat(small.identity()).isEqualTo(classifier.identity());
    }
  }

  private static double maxAbsDiff(FeatureMatrix a, FeatureMatrix b) {
    assertThat(a.rows()).isEqualTo(b.rows());
    assertThat(a.cols()).isEqualTo(b.cols());
    double max = 0;
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        max = Math.max(max, Math.abs(a.get(i, j) - b.get(i, j)));
      }
    }
    return max;
  }

  @Test
  void classifiesEachChannelOfStackedImages() {
    int[][] triples = {{0, 1, 2}, {3, 4, 5}};
    float[] stacked = new float[2 * 28 * 28 * 3];
    for (int i = 0; i < 2; i++) {
      for (int ch = 0; ch < 3; ch++) {
        float[] img = test.batchOf(new int[] {triples[i][ch]}).values();
        for (int p = 0; p < 28 * 28; p++) {
          stacked[(i * 28 * 28 + p) * 3 + ch] = img[p];
        }
      }
    }
    int[][] classes =
        classifier.classifyChannels(new Batch(new int[] {2, 28, 28, 3}, stacked, null));
    int[] single = classifier.predict(test.batchOf(new int[] {0, 1, 2, 3, 4, 5}));
    assertThat(classes)
        .isEqualTo(
            new int[][] {{single[0], single[1], single[2]}, {single[3], single[4], single[5]}});
  }

  @Test
  void rejectsStackedImagesInExtractAndNamesTheAlternative() {
    Batch rgb = new Batch(new int[] {1, 28, 28, 3}, new float[28 * 28 * 3], null);
    assertThatThrownBy(() -> classifier.extract(rgb))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[1, 28, 28, 3]")
        .hasMessageContaining("classify a stacked image channel by channel");
  }

  @Test
  void refusesADamagedCheckpoint(@TempDir Path dir) throws Exception {
    FashionClassifier.copyShippedCheckpoint(dir);
    Path data = dir.resolve("ckpt.data-00000-of-00001");
    byte[] bytes = Files.readAllBytes(data);
    bytes[bytes.length / 2] ^= 1;
    Files.write(data, bytes);
    assertThatThrownBy(() -> FashionClassifier.load(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("damaged")
        .hasMessageContaining("checksum mismatch for ckpt.data-00000-of-00001");
  }
}
