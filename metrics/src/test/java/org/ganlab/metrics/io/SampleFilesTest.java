package org.ganlab.metrics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.ImageFolder;
import org.ganlab.metrics.FeatureStatistics;
import org.ganlab.metrics.eval.MetricInputs;
import org.ganlab.metrics.features.FashionClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFilesTest {
  @TempDir Path dir;

  /** Three 2x2 one-channel images: -1 (black), 0 (grey) and 1 (white). */
  private static final float[] IMAGES = {
    -1, -1, -1, -1, //
    0, 0, 0, 0, //
    1, 1, 1, 1
  };

  private static final int[] SHAPE = {2, 2, 1};

  @Test
  void npyHoldsImagesInZeroOneWithTheLayoutOfOtherTools() throws Exception {
    Path f = dir.resolve("s.npy");
    SampleFiles.writeNpy(IMAGES, 3, SHAPE, f);
    NpyArray a = NpyReader.read(f);
    assertThat(a.shape()).containsExactly(3, 2, 2, 1);
    assertThat(a.dtype()).isEqualTo(NpyDtype.FLOAT32);
    assertThat(a.data()).containsExactly(0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5, 1, 1, 1, 1);
    // Read back as images: quantized as a PNG stores them (0.5 * 255 = 127.5 rounds to 128).
    ImageDataset back = NpyImages.toImages(a, f.toString());
    assertThat(back.n()).isEqualTo(3);
    assertThat(back.shape()).containsExactly(2, 2, 1);
  }

  @Test
  void pointsAreWrittenAsTheyAre() throws Exception {
    Path f = dir.resolve("p.npy");
    SampleFiles.writeNpy(new float[] {1.5f, -2f, 0.25f, 3f}, 2, new int[] {2}, f);
    NpyArray a = NpyReader.read(f);
    assertThat(a.shape()).containsExactly(2, 2);
    assertThat(a.data()).containsExactly(1.5, -2, 0.25, 3);
  }

  @Test
  void aPngFolderHoldsOneImageAtItsOwnSizePerSample() {
    Path out = dir.resolve("pngs");
    SampleFiles.writePngs(IMAGES, 3, SHAPE, out);
    assertThat(out.resolve("000000.png")).isRegularFile();
    ImageDataset read = ImageFolder.read(out);
    assertThat(read.n()).isEqualTo(3);
    assertThat(read.shape()).containsExactly(2, 2, 1);
    assertThatThrownBy(
            () -> SampleFiles.writePngs(new float[4], 2, new int[] {2}, dir.resolve("x")))
        .hasMessageContaining("a PNG folder needs images {h, w, c}");
  }

  @Test
  void imagesOutsideZeroOneOrOfAnotherRankAreRefusedNamingTheFile() {
    NpyArray bad = new NpyArray(new int[] {1, 1, 1, 1}, NpyDtype.FLOAT32, new double[] {1.5});
    assertThatThrownBy(() -> NpyImages.toImages(bad, "x.npy"))
        .hasMessage("x.npy: value 1.5 at index 0 is outside [0, 1]");
    NpyArray flat = new NpyArray(new int[] {2, 2}, NpyDtype.FLOAT32, new double[4]);
    assertThatThrownBy(() -> NpyImages.toImages(flat, "f.npy"))
        .hasMessage("f.npy: images need a rank-4 array N x H x W x C, got rank 2");
  }

  @Test
  void statisticsOfSamplesEqualThoseOfTheSameImagesReadBackFromNpy() throws Exception {
    int n = 12;
    int[] shape = {28, 28, 1};
    float[] images = new float[n * 784];
    for (int i = 0; i < images.length; i++) {
      // Values on the byte grid, so quantizing for the .npy round trip loses nothing.
      images[i] = Math.round(((i * 37 + i / 784 * 11) % 256)) / 127.5f - 1f;
    }
    Path npz = dir.resolve("s.npz");
    Path npy = dir.resolve("s.npy");
    try (FashionClassifier fc = FashionClassifier.pretrained()) {
      SampleFiles.writeStatistics(images, n, shape, fc, npz);
    }
    SampleFiles.writeNpy(images, n, shape, npy);
    FeatureStatistics written = NpzStatistics.read(npz);
    try (MetricInputs inputs = new MetricInputs(FashionClassifier::pretrained)) {
      assertThat(inputs.features(npy, "fid").rows()).isEqualTo(n);
      FeatureStatistics fromNpy =
          inputs.statistics(npy, new org.ganlab.metrics.FrechetInceptionDistance());
      assertThat(fromNpy.dim()).isEqualTo(128);
      assertThat(fromNpy.mu())
          .containsExactly(written.mu(), org.assertj.core.data.Offset.offset(1e-5));
    }
  }
}
