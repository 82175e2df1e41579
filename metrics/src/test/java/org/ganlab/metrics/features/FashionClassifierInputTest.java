package org.ganlab.metrics.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.ganlab.core.data.Batch;
import org.junit.jupiter.api.Test;

/**
 * What the Fashion-MNIST classifier refuses: pixels outside [-1, 1] (0..255 bytes fed as they are),
 * non-finite pixels, a batch size below 1, and any use after close.
 */
class FashionClassifierInputTest {
  private static Batch images(int n, float fill) {
    float[] v = new float[n * 28 * 28];
    Arrays.fill(v, fill);
    return new Batch(new int[] {n, 28, 28, 1}, v, null);
  }

  @Test
  void rejectsBytePixelsAndNonFiniteOnesNamingWhere() {
    try (FashionClassifier c = FashionClassifier.pretrained()) {
      Batch bytes = images(2, 0f);
      bytes.values()[784 + 5] = 255f;
      assertThatThrownBy(() -> c.extract(bytes))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "fashion-classifier: images must hold finite pixels in [-1, 1] (x / 127.5 - 1 for"
                  + " 0..255 values), found 255.0 at image 1, value 5");
      Batch nan = images(1, 0.5f);
      nan.values()[17] = Float.NaN;
      assertThatThrownBy(() -> c.extract(nan))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("found NaN at image 0, value 17");
      Batch infinite = images(1, 0f);
      infinite.values()[0] = Float.NEGATIVE_INFINITY;
      assertThatThrownBy(() -> c.classifyChannels(infinite))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("found -Infinity at image 0, value 0");
      assertThatThrownBy(() -> c.extract((Batch) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("images");
      // The ends of the range, and a rounding beyond them, are pixels.
      assertThat(c.predict(images(1, -1f))).hasSize(1);
      assertThat(c.predict(images(1, 1.0001f))).hasSize(1);
    }
  }

  @Test
  void useAfterCloseNamesTheClosedClassifier() {
    FashionClassifier c = FashionClassifier.pretrained();
    assertThat(c.extract(images(1, 0f)).features().cols()).isEqualTo(128);
    c.close();
    c.close(); // a second close does nothing
    for (Runnable use :
        new Runnable[] {
          () -> c.extract(images(1, 0f)), () -> c.predict(images(1, 0f)),
        }) {
      assertThatThrownBy(use::run)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("this FashionClassifier is closed: close() has been called");
    }
  }

  @Test
  void aBatchSizeBelowOneIsRefused() {
    assertThatThrownBy(() -> FashionClassifier.pretrained(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batchSize must be positive, got 0");
  }
}
