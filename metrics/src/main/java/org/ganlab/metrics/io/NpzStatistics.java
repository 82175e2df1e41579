package org.ganlab.metrics.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganlab.metrics.FeatureStatistics;

/**
 * Reference statistics in the {@code .npz} layout that pytorch-fid, TTUR's FID code and clean-fid
 * use: an archive with a float64 vector {@code mu} ({@code d}) and a float64 matrix {@code sigma}
 * ({@code d x d}); float32 arrays are accepted when reading. Other entries in the archive are
 * ignored, so files from those tools load unchanged.
 *
 * <p>The layout has no sample count, so statistics read back have {@link
 * FeatureStatistics#UNKNOWN_COUNT}; only {@code mu} and {@code sigma} are written, so the files are
 * exactly what those tools write and read.
 */
public final class NpzStatistics {
  private NpzStatistics() {}

  /**
   * Reads {@code mu} and {@code sigma} from an {@code .npz} file.
   *
   * @param path the {@code .npz} file
   * @return the statistics, with an unknown sample count
   * @throws IOException if the file cannot be read
   */
  public static FeatureStatistics read(Path path) throws IOException {
    Map<String, NpyArray> arrays = Npz.read(path);
    NpyArray mu = arrays.get("mu");
    NpyArray sigma = arrays.get("sigma");
    if (mu == null || sigma == null) {
      throw new NpyFormatException(
          path.toString(),
          "expected arrays 'mu' and 'sigma' (the pytorch-fid/TTUR statistics layout), found "
              + arrays.keySet());
    }
    if (mu.rank() != 1) {
      throw new NpyFormatException(
          path + ":mu.npy", "expected a vector, found shape " + NpyReader.shapeString(mu.shape()));
    }
    int d = mu.shape()[0];
    if (sigma.rank() != 2 || sigma.shape()[0] != d || sigma.shape()[1] != d) {
      throw new NpyFormatException(
          path + ":sigma.npy",
          "expected shape ("
              + d
              + ", "
              + d
              + ") to match mu, found "
              + NpyReader.shapeString(sigma.shape()));
    }
    try {
      return new FeatureStatistics(mu.data(), sigma.data(), FeatureStatistics.UNKNOWN_COUNT);
    } catch (IllegalArgumentException e) {
      throw new NpyFormatException(path.toString(), e.getMessage());
    }
  }

  /**
   * Writes {@code mu} and {@code sigma} as float64 arrays, atomically.
   *
   * @param path the {@code .npz} file to write
   * @param stats the statistics to write
   * @throws IOException if the file cannot be written
   */
  public static void write(Path path, FeatureStatistics stats) throws IOException {
    int d = stats.dim();
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    arrays.put("mu", NpyArray.vector(stats.mu()));
    arrays.put("sigma", new NpyArray(new int[] {d, d}, NpyDtype.FLOAT64, stats.sigma()));
    Npz.write(path, arrays);
  }
}
