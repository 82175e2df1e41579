package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.StackedModeCoverage;
import org.ganlab.metrics.features.FashionClassifier;
import org.junit.jupiter.api.Test;

/** Stacked mode coverage of real test images stacked three to an image. */
class StackedEvaluatorTest {
  @Test
  void stackedRealImagesCoverTheModesTheirClassesGive() {
    ImageDataset test = FashionMnist.embedded().test();
    int n = 600;
    // Example i stacks test images i, i + 1000 and i + 2000 as its three channels.
    FixedSampler stacked =
        new FixedSampler(
            new int[] {28, 28, 3},
            0,
            i -> {
              float[] x = new float[28 * 28 * 3];
              for (int c = 0; c < 3; c++) {
                float[] channel = test.batchOf(new int[] {i + 1000 * c}).values();
                for (int p = 0; p < channel.length; p++) {
                  x[3 * p + c] = channel[p];
                }
              }
              return x;
            });
    Map<String, Number> m;
    try (StackedEvaluator e = new StackedEvaluator(new Seeds(0), n)) {
      m = e.evaluate(stacked);
    }

    int[][] modes = new int[n][3];
    try (FashionClassifier classifier = FashionClassifier.pretrained()) {
      for (int c = 0; c < 3; c++) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
          idx[i] = i + 1000 * c;
        }
        int[] predicted = classifier.predict(test.batchOf(idx));
        for (int i = 0; i < n; i++) {
          modes[i][c] = predicted[i];
        }
      }
    }
    StackedModeCoverage.Result expected = new StackedModeCoverage().compute(modes);
    assertThat(m).containsOnlyKeys("modes_covered", "kl_to_uniform");
    assertThat(m.get("modes_covered")).isEqualTo(expected.modesCovered());
    assertThat(m.get("modes_covered").intValue()).isGreaterThan(300);
    assertThat(m.get("kl_to_uniform").doubleValue()).isEqualTo(expected.klToUniform());
  }
}
