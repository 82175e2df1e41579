package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderTest {
  @TempDir Path dir;

  static Path gray(Path file, int h, int w, int base) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.getRaster().setSample(x, y, 0, (base + 10 * y + x) & 0xFF);
      }
    }
    Files.createDirectories(file.getParent());
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  static Path rgb(Path file, int h, int w) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, (200 << 16) | (100 << 8) | (x + y));
      }
    }
    Files.createDirectories(file.getParent());
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  @Test
  void flatFolderOfGrayscalePngsIsUnlabelledInNameOrder() throws IOException {
    gray(dir.resolve("b.png"), 3, 4, 100);
    gray(dir.resolve("a.png"), 3, 4, 0);
    Files.writeString(dir.resolve("notes.txt"), "ignored");

    ImageDataset data = ImageFolder.read(dir);

    assertThat(data.n()).isEqualTo(2);
    assertThat(data.shape()).containsExactly(3, 4, 1);
    assertThat(data.hasLabels()).isFalse();
    assertThat(data.numClasses()).isZero();
    assertThat(data.pixel(0, 2, 3, 0)).isEqualTo(23); // a.png first
    assertThat(data.pixel(1, 1, 2, 0)).isEqualTo(112);
    assertThat(data.fileChecksums()).containsOnlyKeys(dir.toString());
    assertThat(data.fileChecksums().get(dir.toString())).hasSize(64);
    Batch b = new ImageDataSource(data, new Seeds(0)).batch(0, 2);
    assertThat(b.labels()).isNull();
  }

  @Test
  void classSubfoldersGiveLabelsAndColourGivesThreeChannels() throws IOException {
    rgb(dir.resolve("cat/1.png"), 2, 2);
    rgb(dir.resolve("cat/2.png"), 2, 2);
    rgb(dir.resolve("ant/x.png"), 2, 2);

    ImageDataset data = ImageFolder.read(dir);

    assertThat(data.classNames()).containsExactly("ant", "cat");
    assertThat(data.labels()).containsExactly(0, 1, 1);
    assertThat(data.shape()).containsExactly(2, 2, 3);
    assertThat(new int[] {data.pixel(0, 1, 1, 0), data.pixel(0, 1, 1, 1), data.pixel(0, 1, 1, 2)})
        .containsExactly(200, 100, 2);
  }

  @Test
  void checksumChangesWhenAFileChanges() throws IOException {
    gray(dir.resolve("a.png"), 2, 2, 0);
    String before = ImageFolder.read(dir).fileChecksums().get(dir.toString());
    gray(dir.resolve("a.png"), 2, 2, 1);
    assertThat(ImageFolder.read(dir).fileChecksums().get(dir.toString())).isNotEqualTo(before);
  }

  @Test
  void errorsNameTheFile() throws IOException {
    gray(dir.resolve("a.png"), 3, 4, 0);
    Path big = gray(dir.resolve("b.png"), 5, 4, 0);
    assertThatThrownBy(() -> ImageFolder.read(dir))
        .isInstanceOf(DataFileException.class)
        .hasMessage(big + ": wrong image size: expected 3 x 4 (like a.png), found 5 x 4");

    Files.delete(big);
    Path colour = rgb(dir.resolve("c.png"), 3, 4);
    assertThatThrownBy(() -> ImageFolder.read(dir))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            colour
                + ": wrong number of channels: expected 1 (grayscale, like a.png),"
                + " found 3 (colour)");

    Files.delete(colour);
    Path fake = Files.writeString(dir.resolve("d.png"), "GIF89a...");
    assertThatThrownBy(() -> ImageFolder.read(dir))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            fake
                + ": not a PNG file: expected the PNG signature 89 50 4E 47 0D 0A 1A 0A,"
                + " found 47 49 46 38 39 61 2E 2E");
  }

  @Test
  void emptyOrMissingFolder() {
    assertThatThrownBy(() -> ImageFolder.read(dir))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            dir
                + ": no images: expected PNG files (*.png) or class subfolders of them,"
                + " found none");
    assertThatThrownBy(() -> ImageFolder.read(dir.resolve("missing")))
        .isInstanceOf(DataFileException.class)
        .hasMessage(dir.resolve("missing") + ": directory not found");
  }
}
