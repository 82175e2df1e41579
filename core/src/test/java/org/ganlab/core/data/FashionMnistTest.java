package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.ganlab.core.data.IdxTestFiles.gzip;
import static org.ganlab.core.data.IdxTestFiles.idx;
import static org.ganlab.core.data.IdxTestFiles.pattern;
import static org.ganlab.core.data.IdxTestFiles.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistTest {
  static final String TRAIN_IMAGES_SHA =
      "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7";
  static final String TRAIN_LABELS_SHA =
      "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056";
  static final String TEST_IMAGES_SHA =
      "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa";
  static final String TEST_LABELS_SHA =
      "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05";

  static FashionMnist data;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    data = FashionMnist.embedded();
  }

  @Test
  void embeddedTrainingSetHas60000ImagesOf28x28() {
    ImageDataset train = data.train();
    assertThat(train.n()).isEqualTo(60000);
    assertThat(train.height()).isEqualTo(28);
    assertThat(train.width()).isEqualTo(28);
    assertThat(train.channels()).isEqualTo(1);
    assertThat(train.shape()).containsExactly(28, 28, 1);
    assertThat(train.numClasses()).isEqualTo(10);
    assertThat(train.classNames()).startsWith("T-shirt/top", "Trouser").endsWith("Ankle boot");
  }

  @Test
  void embeddedIsReadOnceAndShared() {
    assertThat(FashionMnist.embedded()).isSameAs(data);
  }

  @Test
  void embeddedTestSetHas10000Images() {
    assertThat(data.test().n()).isEqualTo(10000);
    assertThat(data.test().shape()).containsExactly(28, 28, 1);
  }

  @Test
  void firstLabelsAreTheKnownOnes() {
    int[] train = new int[10];
    int[] test = new int[10];
    for (int i = 0; i < 10; i++) {
      train[i] = data.train().label(i);
      test[i] = data.test().label(i);
    }
    assertThat(train).containsExactly(9, 0, 0, 3, 0, 2, 7, 2, 5, 5);
    assertThat(test).containsExactly(9, 2, 1, 1, 6, 1, 4, 6, 5, 7);
  }

  @Test
  void classesAreBalanced() {
    int[] counts = new int[10];
    for (int label : data.train().labels()) {
      counts[label]++;
    }
    assertThat(counts).containsOnly(6000);
  }

  @Test
  void pixelsMatchTheFileContents() {
    ImageDataset train = data.train();
    // Reference values computed with Python's gzip module from the same files.
    long firstImageSum = 0;
    for (int y = 0; y < 28; y++) {
      for (int x = 0; x < 28; x++) {
        firstImageSum += train.pixel(0, y, x, 0);
      }
    }
    assertThat(firstImageSum).isEqualTo(76247);
    assertThat(train.pixel(0, 14, 14, 0)).isEqualTo(217);

    long total = 0;
    var buf = train.pixelsReadOnly();
    while (buf.hasRemaining()) {
      total += buf.get() & 0xFF;
    }
    assertThat(total).isEqualTo(3431114169L);
  }

  @Test
  void checksumsOfTheFourFilesAreRecorded() {
    assertThat(data.fileChecksums())
        .containsExactly(
            Map.entry("train-images-idx3-ubyte.gz", TRAIN_IMAGES_SHA),
            Map.entry("train-labels-idx1-ubyte.gz", TRAIN_LABELS_SHA),
            Map.entry("t10k-images-idx3-ubyte.gz", TEST_IMAGES_SHA),
            Map.entry("t10k-labels-idx1-ubyte.gz", TEST_LABELS_SHA));
    assertThat(data.train().fileChecksums()).hasSize(2);
    assertThat(data.origin()).isEqualTo("embedded");
  }

  @Test
  void readsTheDebianPackageCopyWhenInstalled() {
    Path debian = Path.of("/usr/share/datasets/fashion-mnist");
    assumeThat(Files.isDirectory(debian)).as("dataset-fashion-mnist installed").isTrue();

    FashionMnist fromDir = FashionMnist.fromDirectory(debian);

    assertThat(fromDir.fileChecksums().values())
        .containsExactly(TRAIN_IMAGES_SHA, TRAIN_LABELS_SHA, TEST_IMAGES_SHA, TEST_LABELS_SHA);
    assertThat(fromDir.fileChecksums())
        .containsKey(debian.resolve("train-images-idx3-ubyte.gz").toString());
    assertThat(fromDir.train().n()).isEqualTo(60000);
  }

  @Test
  void fromDirectoryAcceptsPlainGzippedAndDottedNames() {
    byte[] trainImages = pattern(3, 28, 28);
    write(dir.resolve("train-images-idx3-ubyte.gz"), gzip(idx(new int[] {3, 28, 28}, trainImages)));
    write(dir.resolve("train-labels-idx1-ubyte"), idx(new int[] {3}, new byte[] {4, 5, 6}));
    write(dir.resolve("t10k-images.idx3-ubyte"), idx(new int[] {2, 28, 28}, pattern(2, 28, 28)));
    write(dir.resolve("t10k-labels.idx1-ubyte.gz"), gzip(idx(new int[] {2}, new byte[] {9, 0})));

    FashionMnist small = FashionMnist.fromDirectory(dir);

    assertThat(small.train().n()).isEqualTo(3);
    assertThat(small.train().labels()).containsExactly(4, 5, 6);
    assertThat(small.train().image(1))
        .isEqualTo(java.util.Arrays.copyOfRange(trainImages, 784, 1568));
    assertThat(small.test().labels()).containsExactly(9, 0);
    assertThat(small.fileChecksums()).hasSize(4);
    assertThat(small.origin()).isEqualTo(dir.toString());
  }

  @Test
  void fromDirectoryNamesTheMissingFile() {
    write(
        dir.resolve("train-images-idx3-ubyte.gz"), gzip(idx(new int[] {1, 28, 28}, new byte[784])));

    assertThatThrownBy(() -> FashionMnist.fromDirectory(dir))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("train-labels-idx1-ubyte")
        .hasMessageContaining("file not found (looked in " + dir);
  }

  @Test
  void fromDirectoryRejectsAMissingDirectory() {
    Path missing = dir.resolve("no-such-dir");
    assertThatThrownBy(() -> FashionMnist.fromDirectory(missing))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(missing + ": directory not found");
  }

  @Test
  void fromDirectoryRejectsWrongImageSizeAndCountMismatch() {
    write(dir.resolve("train-images-idx3-ubyte"), idx(new int[] {1, 32, 32}, new byte[1024]));
    write(dir.resolve("train-labels-idx1-ubyte"), idx(new int[] {1}, new byte[1]));
    assertThatThrownBy(() -> FashionMnist.fromDirectory(dir))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(
            dir.resolve("train-images-idx3-ubyte")
                + ": wrong image size: expected 28 x 28 (Fashion-MNIST), found 32 x 32");

    write(dir.resolve("train-images-idx3-ubyte"), idx(new int[] {2, 28, 28}, new byte[1568]));
    assertThatThrownBy(() -> FashionMnist.fromDirectory(dir))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(
            dir.resolve("train-labels-idx1-ubyte") + ": label count does not match image count")
        .hasMessageEndingWith("found 1 labels");
  }
}
