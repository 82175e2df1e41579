package org.ganlab.metrics.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ganlab.core.io.AtomicFiles;

/**
 * NumPy {@code .npz} archives: a zip file with one {@code .npy} file per array, the entry name
 * being the array's key plus {@code .npy}. Reads both {@code numpy.savez} (stored) and {@code
 * numpy.savez_compressed} (deflated) archives; writes stored entries, as {@code numpy.savez} does.
 */
public final class Npz {
  private Npz() {}

  /**
   * {@return all arrays of an archive, by key (entry name without {@code .npy}), in archive order}
   *
   * @param path the {@code .npz} archive
   * @throws IOException if the archive cannot be read
   */
  public static Map<String, NpyArray> read(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such .npz file");
    }
    Map<String, NpyArray> out = new LinkedHashMap<>();
    ZipFile zip;
    try {
      zip = new ZipFile(path.toFile());
    } catch (ZipException e) {
      throw new NpyFormatException(
          path.toString(), "not a valid .npz (zip) archive: " + e.getMessage());
    }
    try (zip) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory()) {
          continue;
        }
        String name = e.getName();
        String key = name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
        try (InputStream in = zip.getInputStream(e)) {
          out.put(key, NpyReader.read(in, path + ":" + name));
        } catch (ZipException ze) {
          throw new NpyFormatException(path + ":" + name, "corrupt zip entry: " + ze.getMessage());
        }
      }
    }
    return out;
  }

  /**
   * Writes arrays under their keys (entries {@code key.npy}, stored), atomically.
   *
   * @param path the {@code .npz} archive to write
   * @param arrays the arrays by key, written in iteration order
   * @throws IOException if the archive cannot be written
   */
  public static void write(Path path, Map<String, NpyArray> arrays) throws IOException {
    // Serialize first so a bad array fails before anything touches the disk.
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
      files.put(e.getKey() + ".npy", NpyWriter.toBytes(e.getValue()));
    }
    AtomicFiles.write(
        path,
        out -> {
          ZipOutputStream zip = new ZipOutputStream(out);
          for (Map.Entry<String, byte[]> e : files.entrySet()) {
            byte[] bytes = e.getValue();
            ZipEntry entry = new ZipEntry(e.getKey());
            // STORED entries need their size and CRC up front.
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
          }
          zip.finish();
        });
  }
}
