package org.ganlab.core.data;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Reads a folder of PNG images into an {@link ImageDataset}.
 *
 * <p>Two layouts, as in torchvision's {@code ImageFolder}: either the PNGs lie directly in the
 * folder (unlabelled), or each subfolder is a class holding that class's PNGs (labels are the
 * subfolders' indices in name order, class names their names). Files are read in name order, so the
 * dataset, and therefore every seeded batch, does not depend on the file system's listing order.
 *
 * <p>All images must have the size and channel count of the first one: grayscale images give one
 * channel, colour images three (RGB in sRGB; an alpha channel is dropped). 16-bit images are
 * reduced to 8 bits. Problems raise a {@link DataFileException} naming the file.
 *
 * <p>Provenance: a folder may hold tens of thousands of files, so {@link
 * ImageDataset#fileChecksums()} holds one entry for the folder, the SHA-256 over the sorted lines
 * "{relative path} {SHA-256 of the file}", which changes when any file is added, removed, renamed
 * or altered.
 */
public final class ImageFolder {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private ImageFolder() {}

  /**
   * Reads every PNG of {@code dir} (flat, unlabelled) or of its class subfolders (labelled).
   *
   * @param dir the folder
   * @return the images, with labels from the subfolder names if there are subfolders
   */
  public static ImageDataset read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new DataFileException(
          dir.toString(), Files.exists(dir) ? "not a directory" : "directory not found");
    }
    List<Path> loose = pngsIn(dir);
    List<Path> classDirs = list(dir, Files::isDirectory);
    classDirs.removeIf(d -> pngsIn(d).isEmpty());
    if (!loose.isEmpty() && !classDirs.isEmpty()) {
      throw DataFileException.mismatch(
          dir.toString(),
          "mixed layout",
          "either PNG files only or class subfolders only",
          loose.size() + " PNG files and " + classDirs.size() + " class subfolders");
    }
    List<Path> files = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    List<String> classNames = new ArrayList<>();
    if (classDirs.isEmpty()) {
      files.addAll(loose);
    } else {
      for (int c = 0; c < classDirs.size(); c++) {
        classNames.add(classDirs.get(c).getFileName().toString());
        for (Path f : pngsIn(classDirs.get(c))) {
          files.add(f);
          labels.add(c);
        }
      }
    }
    if (files.isEmpty()) {
      throw DataFileException.mismatch(
          dir.toString(), "no images", "PNG files (*.png) or class subfolders of them", "none");
    }
    return decodeAll(dir, files, classNames, labels);
  }

  private static ImageDataset decodeAll(
      Path dir, List<Path> files, List<String> classNames, List<Integer> labels) {
    Hasher folderHash = Hashing.sha256().newHasher();
    byte[] pixels = null;
    int height = 0;
    int width = 0;
    int channels = 0;
    Path first = null;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      byte[] bytes = readBytes(file);
      String relative = dir.relativize(file).toString().replace('\\', '/');
      folderHash.putString(
          relative + " " + Hashing.sha256().hashBytes(bytes) + "\n", StandardCharsets.UTF_8);
      BufferedImage img = decode(file, bytes);
      int c = img.getColorModel().getNumColorComponents() == 1 ? 1 : 3;
      if (first == null) {
        first = file;
        height = img.getHeight();
        width = img.getWidth();
        channels = c;
        long total = (long) files.size() * height * width * channels;
        if (total > Integer.MAX_VALUE - 16) {
          throw DataFileException.mismatch(
              dir.toString(), "too many pixels", "at most 2^31 bytes in all", total + " bytes");
        }
        pixels = new byte[(int) total];
      } else if (img.getHeight() != height || img.getWidth() != width) {
        throw DataFileException.mismatch(
            file.toString(),
            "wrong image size",
            height + " x " + width + " (like " + first.getFileName() + ")",
            img.getHeight() + " x " + img.getWidth());
      } else if (c != channels) {
        throw DataFileException.mismatch(
            file.toString(),
            "wrong number of channels",
            channels + " (" + describe(channels) + ", like " + first.getFileName() + ")",
            c + " (" + describe(c) + ")");
      }
      copyPixels(img, channels, pixels, i * height * width * channels);
    }
    int[] labelArray =
        labels.isEmpty() ? null : labels.stream().mapToInt(Integer::intValue).toArray();
    return new ImageDataset(
        dir.toString(),
        files.size(),
        height,
        width,
        channels,
        pixels,
        labelArray,
        classNames.size(),
        classNames,
        Map.of(dir.toString(), folderHash.hash().toString()));
  }

  private static BufferedImage decode(Path file, byte[] bytes) {
    if (bytes.length < PNG_SIGNATURE.length
        || !java.util.Arrays.equals(
            bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
      StringBuilder found = new StringBuilder();
      for (int i = 0; i < Math.min(8, bytes.length); i++) {
        found.append(String.format("%02X ", bytes[i] & 0xFF));
      }
      throw DataFileException.mismatch(
          file.toString(),
          "not a PNG file",
          "the PNG signature 89 50 4E 47 0D 0A 1A 0A",
          bytes.length == 0 ? "an empty file" : found.toString().trim());
    }
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
      if (img == null) {
        throw new DataFileException(file.toString(), "cannot decode PNG image");
      }
      return img;
    } catch (IOException e) {
      throw new DataFileException(file.toString(), "corrupt PNG image: " + e.getMessage(), e);
    }
  }

  private static void copyPixels(BufferedImage img, int channels, byte[] dst, int offset) {
    int h = img.getHeight();
    int w = img.getWidth();
    if (channels == 1) {
      // Read the raster, not getRGB: getRGB would gamma-convert linear gray to sRGB.
      Raster r = img.getRaster();
      int bits = img.getColorModel().getComponentSize(0);
      int max = (1 << bits) - 1;
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int s = r.getSample(x, y, 0);
          dst[offset + y * w + x] = (byte) (bits == 8 ? s : Math.round(s * 255.0 / max));
        }
      }
    } else {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int rgb = img.getRGB(x, y);
          int o = offset + (y * w + x) * 3;
          dst[o] = (byte) (rgb >> 16);
          dst[o + 1] = (byte) (rgb >> 8);
          dst[o + 2] = (byte) rgb;
        }
      }
    }
  }

  private static String describe(int channels) {
    return channels == 1 ? "grayscale" : "colour";
  }

  private static List<Path> pngsIn(Path dir) {
    return list(
        dir,
        p ->
            Files.isRegularFile(p)
                && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png"));
  }

  private static List<Path> list(Path dir, java.util.function.Predicate<Path> keep) {
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.filter(keep).sorted().toList());
    } catch (IOException e) {
      throw new DataFileException(dir.toString(), "cannot list directory: " + e, e);
    }
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DataFileException(file.toString(), "cannot read file: " + e, e);
    }
  }
}
