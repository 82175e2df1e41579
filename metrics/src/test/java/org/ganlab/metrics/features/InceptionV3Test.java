package org.ganlab.metrics.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ganlab.core.data.Batch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * Loads a miniature "Inception" graph that the test builds with the real graph's names: a {@code
 * DecodeJpeg}-like placeholder, {@code ExpandDims}, {@code pool_3} of shape [n, 1, 1, d], and a
 * {@code softmax/logits/MatMul} fed through a {@code pool_3/_reshape} to a fixed [1, d], as in the
 * 2015 graph (so the graph's own logits work only one image at a time).
 */
class InceptionV3Test {
  // pool_3 = [mean R, mean G, mean B, pixel count, pixel count, pixel count] per image.
  private static final int D = 6;
  private static final float[][] W = {
    {1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1e-5f}, {0, 0, 0, 0}, {0, 0, 0, 0}
  };

  @TempDir Path dir;
  private Path pb;

  @BeforeEach
  void writeGraph() throws Exception {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat32> decoded = tf.withName("DecodeJpeg").placeholder(TFloat32.class);
      Operand<TFloat32> x = tf.withName("ExpandDims").expandDims(decoded, tf.constant(0));
      // In float64: a float32 mean of 89,401 pixels is off by ~1e-3 relative.
      Operand<TFloat32> means =
          tf.dtypes.cast(
              tf.math.mean(tf.dtypes.cast(x, TFloat64.class), tf.constant(new int[] {1, 2})),
              TFloat32.class);
      Operand<TFloat32> counts = tf.sum(tf.onesLike(x), tf.constant(new int[] {1, 2}));
      Operand<TFloat32> pool =
          tf.withName("pool_3")
              .reshape(
                  tf.concat(Arrays.asList(means, counts), tf.constant(1)),
                  tf.constant(new long[] {-1, 1, 1, D}));
      // Exact names as in the 2015 graph; Ops' name scopes would not allow "_reshape".
      Output<?> fixed =
          g.opBuilder("Reshape", "pool_3/_reshape", g.baseScope())
              .addInput(pool.asOutput())
              .addInput(tf.constant(new long[] {1, D}).asOutput())
              .build()
              .output(0);
      Output<?> logits =
          g.opBuilder("MatMul", "softmax/logits/MatMul", g.baseScope())
              .addInput(fixed)
              .addInput(tf.constant(W).asOutput())
              .build()
              .output(0);
      g.opBuilder("Softmax", "softmax", g.baseScope()).addInput(logits).build();
      assertThat(g.operation("softmax/logits/MatMul")).isNotNull();
      assertThat(g.operation("pool_3/_reshape")).isNotNull();
      assertThat(g.operation("softmax")).isNotNull();
      pb = dir.resolve("tiny_inception.pb");
      Files.write(pb, g.toGraphDef().toByteArray());
    }
  }

  private static Batch constant(int n, int h, int w, int c, float... perChannel) {
    float[] v = new float[n * h * w * c];
    for (int i = 0; i < v.length; i++) {
      v[i] = perChannel[i % c];
    }
    return new Batch(new int[] {n, h, w, c}, v, null);
  }

  @Test
  void resizesScalesAndReadsPoolAndLogitsWithTtursNames() {
    try (InceptionV3 inception = InceptionV3.load(pb)) {
      assertThat(inception.featureDim()).isEqualTo(D);
      assertThat(inception.numClasses()).isEqualTo(4);
      // Two 28x28 RGB images, pixels -1, 0 and 1 in the three channels -> 0, 127.5, 255.
      ExtractedFeatures f = inception.extract(constant(2, 28, 28, 3, -1f, 0f, 1f));
      assertThat(f.size()).isEqualTo(2);
      for (int i = 0; i < 2; i++) {
        assertThat(f.features().get(i, 0)).isCloseTo(0.0, within(1e-3));
        assertThat(f.features().get(i, 1)).isCloseTo(127.5, within(1e-3));
        assertThat(f.features().get(i, 2)).isCloseTo(255.0, within(1e-3));
        // Fed at 299x299, whatever the input size.
        assertThat(f.features().get(i, 3)).isEqualTo(299.0 * 299.0);
        // Logits = pool x W, taken from the MatMul's weights, batched.
        assertThat(f.logits().get(i, 1)).isCloseTo(127.5, within(1e-3));
        assertThat(f.logits().get(i, 3)).isCloseTo(299.0 * 299.0 * 1e-5, within(1e-4));
        double sum = 0;
        for (int j = 0; j < 4; j++) {
          sum += f.probabilities().get(i, j);
        }
        assertThat(sum).isCloseTo(1.0, within(1e-6));
      }
    }
  }

  @Test
  void grayscaleIsRepeatedToThreeChannels() {
    try (InceptionV3 inception = InceptionV3.load(pb)) {
      ExtractedFeatures gray = inception.extract(constant(1, 20, 20, 1, 0.5f));
      ExtractedFeatures rgb = inception.extract(constant(1, 20, 20, 3, 0.5f, 0.5f, 0.5f));
      assertThat(gray.features().toArray()).isEqualTo(rgb.features().toArray());
      assertThat(gray.features().get(0, 0)).isCloseTo(191.25, within(1e-3));
    }
  }

  @Test
  void batchesLargerThanTheBatchSizeAreChunked() {
    InceptionConfig small = InceptionConfig.TTUR.withBatchSize(2);
    try (InceptionV3 a = InceptionV3.load(pb);
        InceptionV3 b = InceptionV3.load(pb, small)) {
      Batch five = constant(5, 8, 8, 3, 0.1f, -0.2f, 0.3f);
      assertThat(b.extract(five).features().toArray())
          .isEqualTo(a.extract(five).features().toArray());
      assertThat(b.identity()).isNotEqualTo(a.identity());
    }
  }

  @Test
  void withoutResizeImagesAreFedAtTheirOwnSize() {
    InceptionConfig c = InceptionConfig.TTUR;
    InceptionConfig native28 =
        new InceptionConfig(c.importPrefix(), c.inputTensor(), c.poolTensor(), "", "", 0, 50);
    try (InceptionV3 inception = InceptionV3.load(pb, native28)) {
      ExtractedFeatures f = inception.extract(constant(1, 28, 28, 1, 1f));
      assertThat(f.features().get(0, 3)).isEqualTo(28.0 * 28.0);
      assertThat(f.hasClasses()).isFalse();
      assertThat(inception.numClasses()).isZero();
    }
  }

  @Test
  void aMissingTensorListsTheGraphsTensors() {
    InceptionConfig c = InceptionConfig.TTUR;
    InceptionConfig wrong =
        c.withTensors(c.inputTensor(), "FID_Inception_Net/pool_4:0", c.logitsMatMulOp(), "");
    assertThatThrownBy(() -> InceptionV3.load(pb, wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no tensor 'FID_Inception_Net/pool_4:0'")
        .hasMessageContaining("poolTensor")
        .hasMessageContaining(pb.toString())
        .hasMessageContaining("FID_Inception_Net/ExpandDims:0")
        .hasMessageContaining("FID_Inception_Net/pool_3:0")
        .hasMessageContaining("FID_Inception_Net/softmax/logits/MatMul:0");
    InceptionConfig noMatMul = c.withTensors(c.inputTensor(), c.poolTensor(), "softmax/x", "");
    assertThatThrownBy(() -> InceptionV3.load(pb, noMatMul))
        .hasMessageContaining("no op 'softmax/x'")
        .hasMessageContaining("FID_Inception_Net/pool_3:0");
  }

  @Test
  void aMissingOrInvalidFileIsNamed() throws Exception {
    Path none = dir.resolve("absent.pb");
    assertThatThrownBy(() -> InceptionV3.load(none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(none.toString())
        .hasMessageContaining("not found");
    Path junk = dir.resolve("junk.pb");
    Files.write(junk, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01, 0x02});
    assertThatThrownBy(() -> InceptionV3.load(junk))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(junk.toString())
        .hasMessageContaining("not a TensorFlow GraphDef");
  }

  @Test
  void rejectsPixelsOutsideTheRangeAndUseAfterClose() {
    InceptionV3 inception = InceptionV3.load(pb);
    assertThatThrownBy(() -> inception.extract(constant(1, 4, 4, 3, 0f, 200f, 0f)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("inception-v3: images must hold finite pixels in [-1, 1]")
        .hasMessageEndingWith("found 200.0 at image 0, value 1");
    assertThat(inception.extract(constant(1, 4, 4, 3, 0f, 1f, -1f)).features().rows()).isEqualTo(1);
    inception.close();
    inception.close(); // a second close does nothing
    assertThatThrownBy(() -> inception.extract(constant(1, 4, 4, 3, 0f, 0f, 0f)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this InceptionV3 is closed: close() has been called");
  }

  @Test
  void rejectsImagesWithTwoChannels() {
    try (InceptionV3 inception = InceptionV3.load(pb)) {
      assertThatThrownBy(() -> inception.extract(constant(1, 4, 4, 2, 0f, 0f)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2 channels");
    }
  }
}
